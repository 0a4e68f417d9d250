package org.clusterdev.programme;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LifecycleRulesTests {

    @ParameterizedTest
    @EnumSource(
            value = Stage.class,
            names = {"SELF_MANAGING", "CLOSED"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyOpenStageMovesToTheStageThatFollowsIt(Stage current) {
        assertThatCode(() -> LifecycleRules.requireAllowedTarget(
                        current, current.next().orElseThrow(), Optional.empty()))
                .doesNotThrowAnyException();
    }

    @Test
    void theStagesFollowTheProgrammeOrderFromProposalToSelfManagement() {
        Stage stage = Stage.PROPOSED;
        StringBuilder path = new StringBuilder(stage.name());
        while (stage.next().isPresent()) {
            stage = stage.next().get();
            path.append(" > ").append(stage);
        }
        org.assertj.core.api.Assertions.assertThat(path.toString())
                .isEqualTo("PROPOSED > SELECTED > AGENCY_AND_CDA_IN_PLACE > DIAGNOSTIC_STUDY > TRUST_BUILDING"
                        + " > ACTION_PLAN > BUDGET_APPROVED > IMPLEMENTING > EVALUATED > HANDED_OVER > SELF_MANAGING");
    }

    @Test
    void ruleOneStageAtATimeRefusesSkippingAStage() {
        assertThatThrownBy(() ->
                        LifecycleRules.requireAllowedTarget(Stage.SELECTED, Stage.DIAGNOSTIC_STUDY, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("stage: ")
                .hasMessageContaining("only to AGENCY_AND_CDA_IN_PLACE or CLOSED");
    }

    @Test
    void ruleOneStageAtATimeRefusesGoingBack() {
        assertThatThrownBy(() ->
                        LifecycleRules.requireAllowedTarget(Stage.ACTION_PLAN, Stage.TRUST_BUILDING, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("stage: ");
    }

    @Test
    void ruleClosingEarlyNeedsAReason() {
        assertThatThrownBy(
                        () -> LifecycleRules.requireAllowedTarget(Stage.IMPLEMENTING, Stage.CLOSED, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("note: closing an intervention early needs a reason");
        assertThatCode(() -> LifecycleRules.requireAllowedTarget(
                        Stage.IMPLEMENTING, Stage.CLOSED, Optional.of("the SPV dissolved")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(
            value = Stage.class,
            names = {"SELF_MANAGING", "CLOSED"})
    void ruleFinalStagesAreNeverLeft(Stage finalStage) {
        assertThatThrownBy(() -> LifecycleRules.requireAllowedTarget(finalStage, Stage.CLOSED, Optional.of("why")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("moves no further");
    }

    @Test
    void ruleATargetStageIsRequired() {
        assertThatThrownBy(() -> LifecycleRules.requireAllowedTarget(Stage.PROPOSED, null, Optional.empty()))
                .hasMessageStartingWith("stage: the stage to enter is required");
    }

    @Test
    void theSchemeDecidesSelectionAndBudgetAndTheAgencyCarriesTheFieldWork() {
        org.assertj.core.api.Assertions.assertThat(StageDuties.whoMustAct(Stage.PROPOSED))
                .containsExactly(
                        org.clusterdev.identity.Role.SCHEME_ADMINISTRATOR, org.clusterdev.identity.Role.MINISTRY);
        org.assertj.core.api.Assertions.assertThat(StageDuties.whoMustAct(Stage.SELECTED))
                .contains(org.clusterdev.identity.Role.STATE_CELL);
        org.assertj.core.api.Assertions.assertThat(StageDuties.whoMustAct(Stage.AGENCY_AND_CDA_IN_PLACE))
                .contains(org.clusterdev.identity.Role.IMPLEMENTING_AGENCY, org.clusterdev.identity.Role.CDA);
        org.assertj.core.api.Assertions.assertThat(StageDuties.whoMustAct(Stage.SELF_MANAGING))
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(StageDuties.actorsFor(Stage.CLOSED))
                .contains(org.clusterdev.identity.Role.ADMINISTRATOR)
                .doesNotContain(org.clusterdev.identity.Role.CDA);
    }
}
