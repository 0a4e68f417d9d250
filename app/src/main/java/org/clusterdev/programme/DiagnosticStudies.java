package org.clusterdev.programme;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.programme.internal.StudyRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagnostic study of each intervention as structured data (issue 5, deliverable 5): written by the field
 * workers while the intervention is in {@link Stage#DIAGNOSTIC_STUDY}, validated by the resource organisation,
 * after which the intervention may move on to trust building. Its problems by theme seed the draft action plan;
 * its figures are the baseline for monitoring.
 */
@Service
public class DiagnosticStudies {

    static final List<Role> VALIDATORS = List.of(Role.RESOURCE_ORGANISATION, Role.ADMINISTRATOR);

    private final StudyRows rows;
    private final Interventions interventions;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    DiagnosticStudies(
            StudyRows rows,
            Interventions interventions,
            CurrentUser currentUser,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.rows = rows;
        this.interventions = interventions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    /** The study of an intervention, when one was written. */
    public Optional<DiagnosticStudy> study(long interventionId) {
        return rows.find(interventionId);
    }

    /** The problems the validated study found, by theme in the order written; empty without a validated study. */
    public List<StudyFinding> problemsByTheme(long interventionId) {
        return rows.find(interventionId)
                .filter(DiagnosticStudy::validated)
                .map(DiagnosticStudy::problems)
                .orElse(List.of());
    }

    /** The figures of the validated study: the intervention's baseline; empty without a validated study. */
    public List<BaselineFigure> baseline(long interventionId) {
        return rows.find(interventionId)
                .filter(DiagnosticStudy::validated)
                .map(DiagnosticStudy::figures)
                .orElse(List.of());
    }

    /** Why the study may not be validated yet, each naming the rule; empty when it may. */
    public List<String> gaps(DiagnosticStudy study) {
        return StudyRules.gaps(
                new StudyDraft(study.sections(), study.findings(), study.figures(), study.stakeholdersConsulted()));
    }

    /**
     * Writes or rewrites the study. Rewriting a validated study withdraws its validation.
     *
     * @param expectedVersion the version read, or -1 for a first draft
     * @throws IllegalArgumentException "findings.theme: ..." for an unknown theme; "stage: ..." outside the
     *     diagnostic stage
     * @throws AccessDeniedException for a user who does not do field work on this intervention
     * @throws IllegalStateException "version: ..." when someone else saved first
     */
    @Transactional
    public DiagnosticStudy save(long interventionId, StudyDraft draft, int expectedVersion) {
        Intervention intervention = intervention(interventionId);
        if (!interventions.mayRecord(intervention)) {
            throw new AccessDeniedException("You do not do field work on this intervention.");
        }
        if (intervention.stage() != Stage.DIAGNOSTIC_STUDY) {
            throw new IllegalArgumentException(
                    "stage: the diagnostic study is written while the intervention is in DIAGNOSTIC_STUDY");
        }
        draft.findings().stream()
                .filter(finding -> !rows.themeExists(finding.theme()))
                .findFirst()
                .ifPresent(finding -> {
                    throw new IllegalArgumentException(
                            "findings.theme: '" + finding.theme() + "' is not an activity category");
                });
        Optional<DiagnosticStudy> before = rows.find(interventionId);
        String author = currentUser.username().orElse("system");
        if (before.isEmpty()) {
            rows.insert(interventionId, draft, author);
        } else if (before.get().version() != expectedVersion
                || !rows.update(interventionId, expectedVersion, draft, author)) {
            throw stale();
        }
        DiagnosticStudy after = rows.find(interventionId).orElseThrow();
        audit.record(
                before.isEmpty() ? "CREATE" : "UPDATE",
                "diagnostic_study",
                Long.toString(interventionId),
                before,
                Optional.of(after));
        return after;
    }

    /**
     * Records the resource organisation's validation of the study as it stands, and publishes
     * {@link DiagnosticStudyValidated}.
     *
     * @throws IllegalArgumentException naming the rules the study does not meet yet
     * @throws AccessDeniedException for a user who is not the resource organisation (or an administrator) in scope
     */
    @Transactional
    public DiagnosticStudy validate(long interventionId, String note, int expectedVersion) {
        Intervention intervention = intervention(interventionId);
        if (!interventions.mayAct(intervention, VALIDATORS)) {
            throw new AccessDeniedException("Only the resource organisation validates a diagnostic study.");
        }
        DiagnosticStudy before = rows.find(interventionId)
                .orElseThrow(() -> new IllegalArgumentException("study: no diagnostic study has been written yet"));
        List<String> gaps = gaps(before);
        if (!gaps.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", gaps));
        }
        Optional<String> remark = Optional.ofNullable(note).map(String::strip).filter(text -> !text.isEmpty());
        if (before.version() != expectedVersion
                || !rows.validate(
                        interventionId, expectedVersion, currentUser.username().orElse("system"), remark)) {
            throw stale();
        }
        DiagnosticStudy after = rows.find(interventionId).orElseThrow();
        audit.record(
                "VALIDATE", "diagnostic_study", Long.toString(interventionId), Optional.of(before), Optional.of(after));
        events.publishEvent(new DiagnosticStudyValidated(
                intervention.ref(), currentUser.username().orElse("system"), java.time.Instant.now()));
        return after;
    }

    private Intervention intervention(long id) {
        return interventions.details(id).orElseThrow(() -> new NoSuchElementException("no intervention " + id));
    }

    private static IllegalStateException stale() {
        return new IllegalStateException(
                "version: someone else changed this study since you opened it; reload to see their change");
    }
}
