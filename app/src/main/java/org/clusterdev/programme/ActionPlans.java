package org.clusterdev.programme;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.programme.funding.InterventionAccess;
import org.clusterdev.programme.plan.PlanBudgets;
import org.clusterdev.programme.plan.PlanComparison;
import org.clusterdev.programme.plan.PlanRows;
import org.clusterdev.programme.plan.PlanRows.PlanRef;
import org.clusterdev.programme.plan.PlanSeeds;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan of an intervention (seed 004 Annex 2.2, Table 2.3, §3.6): activities from the catalogue placed
 * in the matrix, with schedule, responsible actor, budget lines by funding source, outputs and indicators. A plan
 * is revised many times, flexibly yet accountably: each revision is a new version with its reason, its author and
 * its approver, and any two versions compare field by field. Planners (the implementing agency, resource
 * organisation and CDA of the cluster, and the scheme's side) edit the draft; the scheme's side approves it, and
 * only a budget that passes the funding rules is approved. Every change is audited and names the plan version it
 * was made on, so nobody overwrites another person's change unknowingly.
 */
@Service
public class ActionPlans {

    private final PlanRows rows;
    private final PlanBudgets budgets;
    private final InterventionAccess access;
    private final AuditTrail audit;
    private final DiagnosticStudies studies;
    private final ApplicationEventPublisher events;

    ActionPlans(
            PlanRows rows,
            PlanBudgets budgets,
            InterventionAccess access,
            AuditTrail audit,
            DiagnosticStudies studies,
            ApplicationEventPublisher events) {
        this.rows = rows;
        this.budgets = budgets;
        this.access = access;
        this.audit = audit;
        this.studies = studies;
        this.events = events;
    }

    /**
     * The plan of an intervention with all its versions, empty when none was started.
     *
     * @throws AccessDeniedException when the user may not see the intervention's plans
     */
    public Optional<ActionPlan> ofIntervention(long interventionId) {
        access.require(interventionId, InterventionAccess.READERS);
        return load(interventionId);
    }

    /** Whether the current user may edit the intervention's draft plan. */
    public boolean mayPlan(long interventionId) {
        return access.find(interventionId)
                .map(i -> access.holds(InterventionAccess.PLANNERS, i))
                .orElse(false);
    }

    /** Whether the current user may approve the intervention's plan. */
    public boolean mayApprove(long interventionId) {
        return access.find(interventionId)
                .map(i -> access.holds(InterventionAccess.DECIDERS, i))
                .orElse(false);
    }

    /** The catalogue of activity types a plan chooses from. */
    public List<CatalogueActivity> catalogue() {
        return rows.catalogue();
    }

    /**
     * Starts the plan of an intervention as a draft version 1, with one activity for each problem of the
     * validated diagnostic study (of the first catalogue type of its theme, without budget), or none without one.
     *
     * @throws IllegalStateException when the intervention already has a plan
     */
    @Transactional
    public ActionPlan start(long interventionId, PlanTerms terms, String reason) {
        access.require(interventionId, InterventionAccess.PLANNERS);
        if (rows.plan(interventionId).isPresent()) {
            throw new IllegalStateException("plan: this intervention already has an action plan; revise it instead");
        }
        long planId = rows.createPlan(interventionId);
        long versionId = rows.insertVersion(planId, 1, required(reason, "reason"), access.actor(), terms);
        List<CatalogueActivity> catalogue = rows.catalogue();
        for (PlanActivityDraft seed : PlanSeeds.from(studies.problemsByTheme(interventionId), catalogue, terms)) {
            rows.saveActivity(versionId, rows.nextActivityKey(planId), seed, type(seed));
        }
        ActionPlan plan = load(interventionId).orElseThrow();
        audit.record("CREATE", "action_plan", Long.toString(planId), Optional.empty(), Optional.of(plan.latest()));
        return plan;
    }

    /**
     * Adds an activity to the draft.
     *
     * @return the new activity's key
     * @throws IllegalArgumentException "field: reason" for an unknown catalogue entry or a budget line outside the plan
     * @throws IllegalStateException when there is no draft, or the plan changed since {@code expectedVersion}
     */
    @Transactional
    public int addActivity(long interventionId, int expectedVersion, PlanActivityDraft activity) {
        return change(interventionId, expectedVersion, "ADD_ACTIVITY", (plan, draft) -> {
            int key = rows.nextActivityKey(plan.id());
            rows.saveActivity(draft.id(), key, checked(activity, draft), type(activity));
            return key;
        });
    }

    /** Replaces an activity of the draft, keeping its key; refuses like {@link #addActivity}. */
    @Transactional
    public void changeActivity(long interventionId, int expectedVersion, int key, PlanActivityDraft activity) {
        change(interventionId, expectedVersion, "CHANGE_ACTIVITY", (plan, draft) -> {
            existing(draft, key);
            rows.saveActivity(draft.id(), key, checked(activity, draft), type(activity));
            return key;
        });
    }

    /** Removes an activity from the draft with its budget lines. */
    @Transactional
    public void removeActivity(long interventionId, int expectedVersion, int key) {
        change(interventionId, expectedVersion, "REMOVE_ACTIVITY", (plan, draft) -> {
            existing(draft, key);
            rows.deleteActivity(draft.id(), key);
            return key;
        });
    }

    /** Replaces the draft's cluster management cost (IA fees, CDA) by these lines. */
    @Transactional
    public void setManagementCost(long interventionId, int expectedVersion, List<PlanBudgetLine> lines) {
        change(interventionId, expectedVersion, "MANAGEMENT_COST", (plan, draft) -> {
            List<PlanBudgetLine> management = lines.stream()
                    .map(l -> new PlanBudgetLine(Optional.empty(), l.year(), l.source(), l.amount()))
                    .toList();
            withinPlan(management, draft.terms().durationYears());
            rows.replaceManagementLines(draft.id(), management);
            return 0;
        });
    }

    /** Changes the draft's start, duration and SPV figures. */
    @Transactional
    public void changeTerms(long interventionId, int expectedVersion, PlanTerms terms) {
        change(interventionId, expectedVersion, "CHANGE_TERMS", (plan, draft) -> {
            withinPlan(draft.allLines(), terms.durationYears());
            rows.updateTerms(draft.id(), terms);
            return 0;
        });
    }

    /**
     * Opens a revision: a new draft version copied from the newest version, with the reason for revising.
     *
     * @throws IllegalStateException when a draft is already open, or the plan changed since {@code expectedVersion}
     */
    @Transactional
    public void revise(long interventionId, int expectedVersion, String reason) {
        access.require(interventionId, InterventionAccess.PLANNERS);
        ActionPlan plan = lockedPlan(interventionId, expectedVersion);
        if (plan.draft().isPresent()) {
            throw new IllegalStateException(
                    "plan: version " + plan.latest().number() + " is still a draft; approve it first");
        }
        PlanVersion from = plan.latest();
        long id = rows.insertVersion(
                plan.id(), from.number() + 1, required(reason, "reason"), access.actor(), from.terms());
        rows.copyContent(from.id(), id);
        audit.record("REVISE", "action_plan", Long.toString(plan.id()), Optional.of(from), rows.version(id));
    }

    /**
     * Approves the draft, which then is the plan in force; the version approved before is superseded. Publishes
     * {@link ActionPlanApproved}.
     *
     * @throws FundingRefused naming every funding rule the draft's budget breaks; nothing is stored
     * @throws AccessDeniedException when the user may not approve plans of this intervention
     */
    @Transactional
    public void approve(long interventionId, int expectedVersion) {
        InterventionRef intervention = access.require(interventionId, InterventionAccess.DECIDERS);
        ActionPlan plan = lockedPlan(interventionId, expectedVersion);
        PlanVersion draft =
                plan.draft().orElseThrow(() -> new IllegalStateException("plan: there is no draft to approve"));
        if (draft.activities().isEmpty()) {
            throw new IllegalArgumentException("activities: a plan without activities cannot be approved");
        }
        List<FundingRuleBreach> breaches = budgets.breaches(intervention, draft);
        if (!breaches.isEmpty()) {
            throw new FundingRefused(breaches);
        }
        rows.approve(plan.id(), draft.id(), access.actor());
        audit.record("APPROVE", "action_plan", Long.toString(plan.id()), Optional.of(draft), rows.version(draft.id()));
        events.publishEvent(
                new ActionPlanApproved(intervention, draft.number(), access.actor(), java.time.Instant.now()));
    }

    /**
     * What changed between two versions of the plan.
     *
     * @throws NoSuchElementException when the plan has no such version
     */
    public PlanDiff compare(long interventionId, int from, int to) {
        ActionPlan plan = ofIntervention(interventionId)
                .orElseThrow(() -> new NoSuchElementException("plan: intervention " + interventionId + " has no plan"));
        return PlanComparison.between(numbered(plan, from, "from"), numbered(plan, to, "to"));
    }

    /** The funding rules a version's budget breaks, empty when it passes. */
    public List<FundingRuleBreach> breaches(long interventionId, int number) {
        InterventionRef intervention = access.require(interventionId, InterventionAccess.READERS);
        ActionPlan plan = load(interventionId)
                .orElseThrow(() -> new NoSuchElementException("plan: intervention " + interventionId + " has no plan"));
        return budgets.breaches(intervention, numbered(plan, number, "version"));
    }

    /**
     * Whether the intervention has an approved version whose budget passes the funding rules as they stand now;
     * the reason it has not, otherwise. For the lifecycle's checks, without a user's scope.
     */
    public Optional<String> approvalGap(InterventionRef intervention) {
        Optional<PlanVersion> approved = load(intervention.id()).flatMap(ActionPlan::approved);
        if (approved.isEmpty()) {
            return Optional.of("BUDGET_APPROVED needs an approved action plan");
        }
        List<FundingRuleBreach> breaches = budgets.breaches(intervention, approved.get());
        return breaches.isEmpty()
                ? Optional.empty()
                : Optional.of("BUDGET_APPROVED needs an action plan whose budget passes the funding rules: "
                        + String.join(
                                "; ",
                                breaches.stream()
                                        .map(FundingRuleBreach::describe)
                                        .toList()));
    }

    private Optional<ActionPlan> load(long interventionId) {
        return rows.plan(interventionId)
                .map(ref -> new ActionPlan(ref.id(), interventionId, ref.version(), rows.versions(ref.id())));
    }

    /** A change of the draft: scope, lock, the change, and its audit record. */
    private int change(long interventionId, int expectedVersion, String action, DraftChange work) {
        access.require(interventionId, InterventionAccess.PLANNERS);
        ActionPlan plan = lockedPlan(interventionId, expectedVersion);
        PlanVersion draft = plan.draft()
                .orElseThrow(() -> new IllegalStateException("plan: version "
                        + plan.latest().number() + " is approved; open a revision to change the plan"));
        int result = work.apply(plan, draft);
        audit.record(action, "action_plan", Long.toString(plan.id()), Optional.of(draft), rows.version(draft.id()));
        return result;
    }

    private ActionPlan lockedPlan(long interventionId, int expectedVersion) {
        PlanRef ref = rows.plan(interventionId)
                .orElseThrow(() -> new NoSuchElementException("plan: intervention " + interventionId + " has no plan"));
        if (!rows.lock(ref.id(), expectedVersion)) {
            throw new IllegalStateException(
                    "version: someone else changed this plan since you opened it; reload to see their change");
        }
        return load(interventionId).orElseThrow();
    }

    private CatalogueActivity type(PlanActivityDraft activity) {
        return rows.catalogue(activity.activityTypeCode())
                .orElseThrow(() -> new IllegalArgumentException(
                        "activityType: '" + activity.activityTypeCode() + "' is not in the activity catalogue"));
    }

    private static PlanActivityDraft checked(PlanActivityDraft activity, PlanVersion draft) {
        withinPlan(activity.lines(), draft.terms().durationYears());
        return activity;
    }

    private static void withinPlan(List<PlanBudgetLine> lines, int years) {
        lines.stream().filter(line -> line.year() > years).findFirst().ifPresent(line -> {
            throw new IllegalArgumentException(
                    "year: a budget line in year " + line.year() + " lies after the plan's " + years + " years");
        });
    }

    private static void existing(PlanVersion draft, int key) {
        if (draft.activities().stream().noneMatch(a -> a.key() == key)) {
            throw new NoSuchElementException("activity: the draft has no activity " + key);
        }
    }

    private static PlanVersion numbered(ActionPlan plan, int number, String field) {
        return plan.version(number)
                .orElseThrow(() -> new NoSuchElementException(field + ": the plan has no version " + number));
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": say why this version is made");
        }
        return text.strip();
    }

    /** One change of a draft, given the plan and its draft; returns what the caller needs (a key). */
    @FunctionalInterface
    private interface DraftChange {
        int apply(ActionPlan plan, PlanVersion draft);
    }
}
