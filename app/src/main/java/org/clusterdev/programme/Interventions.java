package org.clusterdev.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.Scope;
import org.clusterdev.programme.internal.InterventionRows;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes interventions (one cluster under one scheme) and carries them through the lifecycle of {@link Stage}:
 * each move goes one stage forward, or ends the intervention early with a reason, is made by a role allowed to
 * (see {@link StageDuties}) within its scope, is refused when a {@link TransitionCheck} objects, is audited,
 * recorded in the intervention's history and published as {@link InterventionMoved}.
 */
@Service
public class Interventions {

    private final InterventionRows rows;
    private final ClusterRegistry registry;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ObjectProvider<TransitionCheck> checks;
    private final ApplicationEventPublisher events;

    Interventions(
            InterventionRows rows,
            ClusterRegistry registry,
            CurrentUser currentUser,
            AuditTrail audit,
            ObjectProvider<TransitionCheck> checks,
            ApplicationEventPublisher events) {
        this.rows = rows;
        this.registry = registry;
        this.currentUser = currentUser;
        this.audit = audit;
        this.checks = checks;
        this.events = events;
    }

    /**
     * Proposes developing a cluster under a scheme. The intervention starts in {@link Stage#PROPOSED} with the
     * scheme's time limit for a decision.
     *
     * @throws IllegalArgumentException "clusterId: ..." for an unknown cluster, "schemeCode: ..." for an unknown
     *     scheme or when the cluster already has an open intervention under it, "title: ..." for an empty title
     * @throws AccessDeniedException when the current user may not propose interventions for this cluster
     */
    @Transactional
    public InterventionRef propose(long clusterId, String schemeCode, String title) {
        ClusterSummary cluster = registry.summary(clusterId)
                .orElseThrow(() -> new IllegalArgumentException("clusterId: no cluster has id " + clusterId));
        String scheme = schemeCode == null ? "" : schemeCode.strip();
        if (!rows.schemeExists(scheme)) {
            throw new IllegalArgumentException("schemeCode: '" + scheme + "' is not a scheme");
        }
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > 300) {
            throw new IllegalArgumentException("title: an intervention needs a title of 1 to 300 characters");
        }
        if (!currentUser.holds(StageDuties.proposers(), cluster.stateCode(), Optional.of(clusterId))) {
            throw new AccessDeniedException("You may not propose interventions for this cluster.");
        }
        if (rows.openInterventionExists(clusterId, scheme)) {
            throw new IllegalArgumentException(
                    "schemeCode: this cluster already has an open intervention under " + scheme);
        }
        long id =
                rows.insert(clusterId, cluster.stateCode(), scheme, name, rows.dueOn(scheme, Stage.PROPOSED, today()));
        rows.recordTransition(id, Optional.empty(), Stage.PROPOSED, actor(), Optional.empty());
        Intervention created = rows.find(id).orElseThrow();
        audit.record("CREATE", "intervention", Long.toString(id), Optional.empty(), Optional.of(created));
        return created.ref();
    }

    /** The intervention with this id, when it exists. */
    public Optional<InterventionRef> find(long id) {
        return rows.find(id).map(Intervention::ref);
    }

    /** The intervention with this id as pages show it, when it exists. */
    public Optional<Intervention> details(long id) {
        return rows.find(id);
    }

    /** Every intervention of a cluster, oldest first. */
    public List<InterventionRef> ofCluster(long clusterId) {
        return rows.ofCluster(clusterId).stream().map(Intervention::ref).toList();
    }

    /**
     * Moves an intervention into {@code target}: the next stage, or {@link Stage#CLOSED} with a reason. The new
     * stage's last day follows from the scheme's time limits.
     *
     * @param note why (required when closing: the reason)
     * @param expectedVersion the version the actor saw
     * @throws NoSuchElementException when there is no such intervention
     * @throws IllegalArgumentException "stage: ..." when {@code target} is neither the next stage nor a closure,
     *     "note: ..." when a closure has no reason
     * @throws AccessDeniedException when the current user may not move it into {@code target}
     * @throws TransitionRefused naming every rule that objects; nothing is stored
     * @throws IllegalStateException "version: ..." when someone else changed it since; nothing is stored
     */
    @Transactional
    public InterventionRef move(long id, Stage target, String note, int expectedVersion) {
        Intervention before = rows.find(id).orElseThrow(() -> new NoSuchElementException("no intervention " + id));
        Optional<String> reason = Optional.ofNullable(note).map(String::strip).filter(text -> !text.isEmpty());
        LifecycleRules.requireAllowedTarget(before.stage(), target, reason);
        if (!mayMove(before, target)) {
            throw new AccessDeniedException("Your roles do not allow moving this intervention to " + target + ".");
        }
        if (before.version() != expectedVersion) {
            throw staleVersion();
        }
        List<String> refusals = refusals(before.ref(), target);
        if (!refusals.isEmpty()) {
            throw new TransitionRefused(target, refusals);
        }
        Optional<LocalDate> due = rows.dueOn(before.schemeCode(), target, today());
        Optional<String> closedReason = target == Stage.CLOSED ? reason : Optional.empty();
        if (!rows.move(id, expectedVersion, target, due, closedReason)) {
            throw staleVersion();
        }
        rows.recordTransition(id, Optional.of(before.stage()), target, actor(), reason);
        Intervention after = rows.find(id).orElseThrow();
        audit.record("MOVE", "intervention", Long.toString(id), Optional.of(before), Optional.of(after));
        events.publishEvent(
                new InterventionMoved(after.ref(), before.stage(), target, actor(), after.stageEnteredAt()));
        return after.ref();
    }

    /**
     * Names the implementing agency of an intervention (the selection of agencies decides which); the agency's
     * scoped users then act on it.
     *
     * @throws NoSuchElementException when there is no such intervention
     * @throws AccessDeniedException when the current user may not select agencies for it (the roles that move it
     *     to {@link Stage#AGENCY_AND_CDA_IN_PLACE})
     * @throws IllegalStateException "version: ..." when someone else changed it since; nothing is stored
     */
    @Transactional
    public InterventionRef assignAgency(long id, long agencyId, int expectedVersion) {
        Intervention before = rows.find(id).orElseThrow(() -> new NoSuchElementException("no intervention " + id));
        if (!mayMove(before, Stage.AGENCY_AND_CDA_IN_PLACE)) {
            throw new AccessDeniedException("Your roles do not allow choosing the agency of this intervention.");
        }
        if (before.version() != expectedVersion || !rows.assignAgency(id, expectedVersion, agencyId)) {
            throw staleVersion();
        }
        Intervention after = rows.find(id).orElseThrow();
        audit.record("AGENCY", "intervention", Long.toString(id), Optional.of(before), Optional.of(after));
        return after.ref();
    }

    /**
     * Why the intervention may not enter {@code target} now, as every {@link TransitionCheck} says; empty when
     * none objects. Pages use it to show the rule before anyone presses the button.
     */
    @Transactional(readOnly = true)
    public List<String> refusals(InterventionRef intervention, Stage target) {
        return checks.orderedStream()
                .map(check -> check.refusal(intervention, target))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Whether the current user may move this intervention into {@code target}, rules aside. */
    public boolean mayMove(Intervention intervention, Stage target) {
        return mayAct(intervention, StageDuties.actorsFor(target));
    }

    /** Whether the current user may record work on this intervention (studies, activities, evidence). */
    public boolean mayRecord(Intervention intervention) {
        return mayAct(intervention, StageDuties.fieldWorkers());
    }

    /** Whether the current user may see this intervention: anyone signed in with a role within its scope. */
    public boolean maySee(Intervention intervention) {
        return mayAct(intervention, List.of(Role.values()));
    }

    /** Every stage the intervention entered, oldest first. */
    public List<StageChange> history(long id) {
        return rows.history(id);
    }

    /**
     * Whether the current user holds one of the roles for this intervention: nationally, for its state, for its
     * cluster or for its implementing agency.
     */
    public boolean mayAct(Intervention intervention, List<Role> roles) {
        if (currentUser.holds(roles, intervention.stateCode(), Optional.of(intervention.clusterId()))) {
            return true;
        }
        // an agency-scoped role acts on the interventions its agency implements
        return intervention
                .agencyId()
                .map(agency -> currentUser.grants().stream()
                        .anyMatch(grant -> roles.contains(grant.role())
                                && grant.scope().type() == Scope.ScopeType.AGENCY
                                && grant.scope().reference().equals(Long.toString(agency))))
                .orElse(false);
    }

    private static IllegalStateException staleVersion() {
        return new IllegalStateException(
                "version: someone else changed this intervention since you opened it; reload to see their change");
    }

    private String actor() {
        return currentUser.username().orElse("system");
    }

    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Kolkata"));
    }
}
