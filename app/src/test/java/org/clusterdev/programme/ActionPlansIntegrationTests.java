package org.clusterdev.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clusterdev.programme.InterventionFixture.LAKH;

import java.util.List;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.identity.internal.AccountAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin")
class ActionPlansIntegrationTests {

    static final String OTHER_CDA = "plans.cda.elsewhere";

    @Autowired
    ActionPlans plans;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    List<TransitionCheck> checks;

    @Autowired
    Interventions interventions;

    @Autowired
    FundingLedger ledger;

    InterventionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new InterventionFixture(jdbc);
        if (accounts.findByUsername(OTHER_CDA).isEmpty()) {
            accounts.create(
                    OTHER_CDA,
                    "CDA of another cluster",
                    "a long enough passphrase",
                    List.of(new RoleGrant(Role.CDA, new Scope(Scope.ScopeType.CLUSTER, "999999"))));
        }
    }

    @Test
    void aRevisionOfAnApprovedPlanIsAVersionWithItsReasonAuthorApproverAndAReadableDiff() {
        InterventionRef rajkot = fixture.intervention("Rajkot Diesel Engines", "MSECDP", Stage.ACTION_PLAN);
        ActionPlan plan = approvedPlan(rajkot);
        assertThat(plan.approved()).hasValueSatisfying(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.approvedBy()).contains("admin");
        });

        plans.revise(rajkot.id(), plan.version(), "Fair moved after the diagnostic review");
        plan = plans.ofIntervention(rajkot.id()).orElseThrow();
        int fair = plan.latest().activities().stream()
                .filter(a -> a.activityTypeCode().equals("MD14"))
                .findFirst()
                .orElseThrow()
                .key();
        plans.changeActivity(rajkot.id(), plan.version(), fair, InterventionFixture.tradeFair(4 * LAKH));
        plan = plans.ofIntervention(rajkot.id()).orElseThrow();
        assertThat(plan.draft()).isPresent();
        assertThat(plan.approved().orElseThrow().number()).isEqualTo(1);
        plans.approve(rajkot.id(), plan.version());

        plan = plans.ofIntervention(rajkot.id()).orElseThrow();
        assertThat(plan.versions())
                .extracting(PlanVersion::status)
                .containsExactly(PlanVersion.Status.SUPERSEDED, PlanVersion.Status.APPROVED);
        PlanDiff diff = plans.compare(rajkot.id(), 1, 2);
        assertThat(diff.reason()).isEqualTo("Fair moved after the diagnostic review");
        assertThat(diff.activities()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(PlanDiff.Kind.CHANGED);
            assertThat(change.fields()).extracting(PlanDiff.FieldChange::field).containsExactly("budget");
            assertThat(change.budgetDelta()).isEqualTo(LAKH);
        });
        assertThat(diff.bySource()).containsExactly(java.util.Map.entry(FundingSource.CENTRAL, LAKH));
        assertThat(audit.history("action_plan", Long.toString(plan.id())))
                .extracting(org.clusterdev.identity.AuditRecord::action)
                .containsSubsequence("APPROVE", "CHANGE_ACTIVITY", "REVISE", "APPROVE");
    }

    @Test
    void approvalRefusesABudgetThatBreaksAFundingRuleNamingTheRuleAndStoresNothing() {
        InterventionRef rajkot = fixture.intervention("Rajkot Diesel Engines", "MSECDP", Stage.ACTION_PLAN);
        ActionPlan plan = plans.start(rajkot.id(), InterventionFixture.fiveYears(), "First plan");
        plans.addActivity(rajkot.id(), plan.version(), InterventionFixture.tradeFair(4 * LAKH));
        int version = plans.ofIntervention(rajkot.id()).orElseThrow().version();

        assertThatThrownBy(() -> plans.approve(rajkot.id(), version))
                .isInstanceOf(FundingRefused.class)
                .hasMessageContaining("PUBLIC_SUPPORT_MAX_SHARE")
                .hasMessageContaining("CLUSTER_MANAGEMENT_COST_IN_FUND");
        ActionPlan after = plans.ofIntervention(rajkot.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.latest().status()).isEqualTo(PlanVersion.Status.DRAFT);
    }

    @Test
    void refusesAChangeMadeOnAStaleVersionOfThePlan() {
        InterventionRef rajkot = fixture.intervention("Rajkot Diesel Engines", "MSECDP", Stage.ACTION_PLAN);
        ActionPlan plan = plans.start(rajkot.id(), InterventionFixture.fiveYears(), "First plan");
        plans.addActivity(rajkot.id(), plan.version(), InterventionFixture.training());
        assertThatThrownBy(() -> plans.addActivity(rajkot.id(), plan.version(), InterventionFixture.tradeFair(LAKH)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("version:");
        assertThat(plans.ofIntervention(rajkot.id()).orElseThrow().latest().activities())
                .hasSize(1);
    }

    @Test
    void refusesABudgetLineAfterThePlansLastYearAndAnUnknownActivityType() {
        InterventionRef rajkot = fixture.intervention("Rajkot Diesel Engines", "MSECDP", Stage.ACTION_PLAN);
        ActionPlan plan = plans.start(
                rajkot.id(),
                new PlanTerms(
                        InterventionFixture.START,
                        1,
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty()),
                "First plan");
        assertThatThrownBy(() -> plans.addActivity(rajkot.id(), plan.version(), InterventionFixture.tradeFair(LAKH)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("year:");
        PlanActivityDraft unknown = new PlanActivityDraft(
                "XX99",
                "Unknown",
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                InterventionFixture.START,
                InterventionFixture.START,
                "CDA",
                "",
                "",
                List.of());
        int version = plans.ofIntervention(rajkot.id()).orElseThrow().version();
        assertThatThrownBy(() -> plans.addActivity(rajkot.id(), version, unknown))
                .hasMessageStartingWith("activityType:");
        assertThat(plans.ofIntervention(rajkot.id()).orElseThrow().latest().activities())
                .isEmpty();
    }

    @Test
    @WithMockUser(username = OTHER_CDA)
    void aCdaOfAnotherClusterMayNeitherReadNorEditThePlan() {
        long id = fixture.intervention("Chanderi Handloom", "TEXTILES_COMMITTEE", Stage.ACTION_PLAN)
                .id();
        assertThatThrownBy(() -> plans.ofIntervention(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.start(id, InterventionFixture.fiveYears(), "mine"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(plans.mayPlan(id)).isFalse();
    }

    @Test
    void budgetApprovedNeedsAnApprovedPlanWhoseBudgetPassesTheFundingRules() {
        InterventionRef rajkot = fixture.intervention("Rajkot Diesel Engines", "MSECDP", Stage.ACTION_PLAN);
        assertThat(refusals(rajkot, Stage.BUDGET_APPROVED))
                .containsExactly("BUDGET_APPROVED needs an approved action plan");
        assertThat(refusals(rajkot, Stage.IMPLEMENTING))
                .doesNotContain("BUDGET_APPROVED needs an approved action plan");

        approvedPlan(rajkot);
        assertThat(refusals(rajkot, Stage.BUDGET_APPROVED)).isEmpty();

        // a stricter norm adopted after approval: the approved budget no longer passes, and the check names the rule
        jdbc.sql("update programme.funding_rule set value = 50 where code = 'PUBLIC_SUPPORT_MAX_SHARE'")
                .update();
        try {
            assertThat(refusals(rajkot, Stage.BUDGET_APPROVED))
                    .singleElement()
                    .asString()
                    .contains("passes the funding rules")
                    .contains("PUBLIC_SUPPORT_MAX_SHARE");
        } finally {
            jdbc.sql("update programme.funding_rule set value = 70 where code = 'PUBLIC_SUPPORT_MAX_SHARE'")
                    .update();
        }
    }

    @Test
    void theLifecycleMovesToBudgetApprovedOnlyWithAnApprovedPlanAndToImplementingOnlyWithASanction() {
        InterventionRef rajkot = fixture.intervention("Rajkot Diesel Engines", "MSECDP", Stage.ACTION_PLAN);
        assertThatThrownBy(() -> interventions.move(rajkot.id(), Stage.BUDGET_APPROVED, "budget", 0))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("BUDGET_APPROVED needs an approved action plan");

        approvedPlan(rajkot);
        interventions.move(rajkot.id(), Stage.BUDGET_APPROVED, "budget", 0);
        assertThatThrownBy(() -> interventions.move(rajkot.id(), Stage.IMPLEMENTING, "go", 1))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("IMPLEMENTING needs a sanction recorded in the funding ledger");

        ledger.record(
                rajkot.id(),
                new FundingEntryDraft(
                        FundingEntryKind.SANCTION,
                        FundingSource.CENTRAL,
                        50 * LAKH,
                        java.util.Optional.empty(),
                        InterventionFixture.START,
                        "DC(MSME) sanction 1"));
        assertThat(interventions.move(rajkot.id(), Stage.IMPLEMENTING, "go", 1).stage())
                .isEqualTo(Stage.IMPLEMENTING);
    }

    private List<String> refusals(InterventionRef intervention, Stage target) {
        return checks.stream()
                .map(check -> check.refusal(intervention, target))
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    /** A plan with training, a fair and management cost, approved as version 1. */
    private ActionPlan approvedPlan(InterventionRef intervention) {
        ActionPlan plan = plans.start(intervention.id(), InterventionFixture.fiveYears(), "First plan");
        plans.addActivity(intervention.id(), plan.version(), InterventionFixture.training());
        plans.addActivity(intervention.id(), plan.version() + 1, InterventionFixture.tradeFair(3 * LAKH));
        plans.setManagementCost(intervention.id(), plan.version() + 2, InterventionFixture.management());
        plans.approve(intervention.id(), plan.version() + 3);
        return plans.ofIntervention(intervention.id()).orElseThrow();
    }
}
