package org.clusterdev.monitoring;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.Scope;
import org.clusterdev.monitoring.evaluation.EvaluationRows;
import org.clusterdev.programme.Intervention;
import org.clusterdev.programme.Interventions;
import org.clusterdev.programme.PdfReports;
import org.clusterdev.programme.Stage;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mid-term and end-of-project evaluations of interventions (issue 6, deliverable 9): findings by theme rated for
 * relevance, effectiveness, efficiency, impact and sustainability, and lessons in the shape of best practices. An
 * evaluation is written as a draft by the scheme's side or the resource organisation of the intervention, and
 * completed once it has a finding; completed, it is locked and published as {@link EvaluationCompleted}, so the
 * knowledge base files its report and publishes the lessons marked for it. Every change is audited and names the
 * version it was made on.
 */
@Service
public class Evaluations {

    /** Who writes and completes evaluations, for the interventions within their scope. */
    static final List<Role> EVALUATORS = List.of(
            Role.ADMINISTRATOR, Role.MINISTRY, Role.SCHEME_ADMINISTRATOR, Role.STATE_CELL, Role.RESOURCE_ORGANISATION);

    /** An intervention is evaluated once it has been implementing. */
    static final List<Stage> EVALUABLE =
            List.of(Stage.IMPLEMENTING, Stage.EVALUATED, Stage.HANDED_OVER, Stage.SELF_MANAGING, Stage.CLOSED);

    private final EvaluationRows rows;
    private final Interventions interventions;
    private final ClusterRegistry registry;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final PdfReports pdf;

    Evaluations(
            EvaluationRows rows,
            Interventions interventions,
            ClusterRegistry registry,
            CurrentUser currentUser,
            AuditTrail audit,
            ApplicationEventPublisher events,
            PdfReports pdf) {
        this.rows = rows;
        this.interventions = interventions;
        this.registry = registry;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.pdf = pdf;
    }

    /**
     * The evaluation, if the current user may see its intervention.
     *
     * @throws AccessDeniedException when the intervention is outside the user's scope
     */
    public Optional<Evaluation> evaluation(long id) {
        Optional<Evaluation> evaluation = rows.find(id);
        evaluation.ifPresent(e -> {
            if (!interventions
                    .details(e.interventionId())
                    .map(interventions::maySee)
                    .orElse(false)) {
                throw new AccessDeniedException("This evaluation's intervention is outside your scope.");
            }
        });
        return evaluation;
    }

    /** A completed evaluation, without a user's scope: for filing its report and publishing its lessons. */
    public Optional<Evaluation> completed(long id) {
        return rows.find(id).filter(Evaluation::locked);
    }

    /** The evaluations of an intervention the current user may see, mid-term first. */
    public List<Evaluation> ofIntervention(long interventionId) {
        return interventions
                        .details(interventionId)
                        .filter(interventions::maySee)
                        .isPresent()
                ? rows.ofIntervention(interventionId)
                : List.of();
    }

    /** A page of the evaluations the current user may see, newest first. */
    public List<Evaluation> recent(int page, int size) {
        return visible().stream()
                .skip((long) page * size)
                .limit(size)
                .map(placement -> rows.find(placement.id()).orElseThrow())
                .toList();
    }

    /** How many evaluations the current user may see, for paging. */
    public long count() {
        return visible().size();
    }

    /**
     * The evaluations within the current user's scope, decided before paging so that every page is full. The
     * state and cluster are on the evaluation; only a user whose scope is an agency needs the intervention read.
     */
    private List<EvaluationRows.Placement> visible() {
        List<Role> anyRole = List.of(Role.values());
        boolean agencyScoped =
                currentUser.grants().stream().anyMatch(grant -> grant.scope().type() == Scope.ScopeType.AGENCY);
        Map<Long, Boolean> byAgency = new HashMap<>();
        return rows.placements().stream()
                .filter(p -> currentUser.holds(anyRole, p.stateCode(), Optional.of(p.clusterId()))
                        || agencyScoped
                                && byAgency.computeIfAbsent(
                                        p.interventionId(),
                                        id -> interventions
                                                .details(id)
                                                .map(interventions::maySee)
                                                .orElse(false)))
                .toList();
    }

    /** Whether the current user may write and complete evaluations of the intervention. */
    public boolean mayEvaluate(long interventionId) {
        return interventions
                .details(interventionId)
                .map(i -> interventions.mayAct(i, EVALUATORS))
                .orElse(false);
    }

    /**
     * Starts an evaluation of the intervention as a draft.
     *
     * @return the new evaluation
     * @throws IllegalArgumentException "intervention: ..." for an unknown intervention or one not yet implementing,
     *     "kind: ..." when it already has an evaluation of this kind; nothing is stored
     * @throws AccessDeniedException when the user may not evaluate it
     */
    @Transactional
    public Evaluation start(long interventionId, EvaluationHeader header) {
        Intervention intervention = interventions
                .details(interventionId)
                .orElseThrow(
                        () -> new IllegalArgumentException("intervention: no intervention has id " + interventionId));
        if (!interventions.mayAct(intervention, EVALUATORS)) {
            throw new AccessDeniedException("You may not evaluate this intervention.");
        }
        if (!EVALUABLE.contains(intervention.stage())) {
            throw new IllegalArgumentException("intervention: an intervention is evaluated once it is implementing;"
                    + " this one stands in " + intervention.stage());
        }
        if (rows.exists(interventionId, header.kind())) {
            throw new IllegalArgumentException(
                    "kind: this intervention already has a " + header.kind() + " evaluation; open it instead");
        }
        String cluster = registry.summary(intervention.clusterId())
                .map(ClusterSummary::name)
                .orElse("#" + intervention.clusterId());
        long id = rows.insert(
                new EvaluationRows.Keys(
                        interventionId,
                        intervention.title(),
                        intervention.clusterId(),
                        cluster,
                        intervention.stateCode(),
                        intervention.schemeCode()),
                header,
                actor());
        Evaluation created = rows.find(id).orElseThrow();
        audit.record("CREATE", "evaluation", Long.toString(id), Optional.empty(), Optional.of(created));
        return created;
    }

    /** Replaces the draft's kind, evaluator, date and summary; refuses like {@link #addFinding}. */
    @Transactional
    public Evaluation revise(long id, int expectedVersion, EvaluationHeader header) {
        return change(id, expectedVersion, "REVISE", before -> {
            if (header.kind() != before.kind() && rows.exists(before.interventionId(), header.kind())) {
                throw new IllegalArgumentException(
                        "kind: this intervention already has a " + header.kind() + " evaluation");
            }
            rows.updateHeader(id, header);
        });
    }

    /**
     * Adds a finding to the draft.
     *
     * @throws IllegalStateException "status: ..." when the evaluation is completed, "version: ..." when someone else
     *     changed it since {@code expectedVersion}; nothing is stored
     * @throws AccessDeniedException when the user may not evaluate its intervention
     */
    @Transactional
    public Evaluation addFinding(long id, int expectedVersion, EvaluationFinding finding) {
        return change(id, expectedVersion, "ADD_FINDING", before -> rows.addFinding(id, finding));
    }

    /** Adds a lesson to the draft; refuses like {@link #addFinding}. */
    @Transactional
    public Evaluation addLesson(long id, int expectedVersion, EvaluationLesson lesson) {
        return change(id, expectedVersion, "ADD_LESSON", before -> rows.addLesson(id, lesson));
    }

    /** Removes a finding of the draft; refuses like {@link #addFinding}, or when it has no such finding. */
    @Transactional
    public Evaluation removeFinding(long id, int expectedVersion, long findingId) {
        return change(id, expectedVersion, "REMOVE_FINDING", before -> removed(rows.remove(id, "finding", findingId)));
    }

    /** Removes a lesson of the draft; refuses like {@link #removeFinding}. */
    @Transactional
    public Evaluation removeLesson(long id, int expectedVersion, long lessonId) {
        return change(id, expectedVersion, "REMOVE_LESSON", before -> removed(rows.remove(id, "lesson", lessonId)));
    }

    /**
     * Completes the evaluation, which locks it, and publishes {@link EvaluationCompleted}.
     *
     * @throws IllegalArgumentException "findings: ..." when it has no finding; nothing is stored
     * @throws IllegalStateException when already completed or changed since {@code expectedVersion}
     */
    @Transactional
    public Evaluation complete(long id, int expectedVersion) {
        Evaluation done = change(id, expectedVersion, "COMPLETE", before -> {
            if (before.findings().isEmpty()) {
                throw new IllegalArgumentException("findings: an evaluation is completed with at least one finding");
            }
            rows.complete(id, actor());
        });
        Intervention intervention = interventions.details(done.interventionId()).orElseThrow();
        events.publishEvent(new EvaluationCompleted(
                id,
                intervention.ref(),
                done.kind(),
                done.evaluatedOn().getYear(),
                actor(),
                done.completedAt().orElseThrow()));
        return done;
    }

    /**
     * The evaluation as a PDF report in the language asked for, without a user's scope (pages check it first).
     *
     * @throws NoSuchElementException when there is no such evaluation
     */
    public byte[] report(long id, Locale locale) {
        Evaluation evaluation = rows.find(id).orElseThrow(() -> new NoSuchElementException("no evaluation " + id));
        return pdf.render(
                "monitoring/evaluation-pdf",
                Map.of("evaluation", evaluation, "criteria", Criterion.values(), "zone", ZoneId.of("Asia/Kolkata")),
                locale);
    }

    private Evaluation change(
            long id, int expectedVersion, String action, java.util.function.Consumer<Evaluation> work) {
        Evaluation before = rows.find(id).orElseThrow(() -> new NoSuchElementException("no evaluation " + id));
        Intervention intervention =
                interventions.details(before.interventionId()).orElseThrow();
        if (!interventions.mayAct(intervention, EVALUATORS)) {
            throw new AccessDeniedException("You may not evaluate this intervention.");
        }
        if (before.locked()) {
            throw new IllegalStateException("status: this evaluation is completed and locked");
        }
        if (before.version() != expectedVersion) {
            throw stale();
        }
        if (!rows.lock(id, expectedVersion)) {
            throw stale();
        }
        work.accept(before);
        Evaluation after = rows.find(id).orElseThrow();
        audit.record(action, "evaluation", Long.toString(id), Optional.of(before), Optional.of(after));
        return after;
    }

    private static void removed(boolean found) {
        if (!found) {
            throw new NoSuchElementException("item: the evaluation has no such entry");
        }
    }

    private String actor() {
        return currentUser.username().orElse("system");
    }

    private static IllegalStateException stale() {
        return new IllegalStateException(
                "version: someone else changed this evaluation since you opened it; reload to see their change");
    }
}
