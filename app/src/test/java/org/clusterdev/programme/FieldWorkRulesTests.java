package org.clusterdev.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldWorkRulesTests {

    static final StudyDraft COMPLETE = new StudyDraft(
            Map.of(
                    StudySection.PROFILE, "profile",
                    StudySection.PRODUCTS_AND_MARKETS, "products",
                    StudySection.VISION, "vision"),
            List.of(new StudyFinding("FINANCE", StudyFinding.Kind.PROBLEM, "no working capital")),
            List.of(new BaselineFigure("employment", BigDecimal.TEN, "persons", 2025)),
            List.of("association", "bank", "institute"));

    @Test
    void ruleACompleteParticipatoryStudyMayBeValidated() {
        assertThat(StudyRules.gaps(COMPLETE)).isEmpty();
    }

    @Test
    void ruleAValidatedStudyNamesAProblemGivesABaselineAndConsultsThreeStakeholders() {
        StudyDraft thin = new StudyDraft(
                Map.of(StudySection.PROFILE, "profile"),
                List.of(new StudyFinding("FINANCE", StudyFinding.Kind.OPPORTUNITY, "a bank is keen")),
                List.of(),
                List.of("association"));
        assertThat(StudyRules.gaps(thin))
                .anySatisfy(gap -> assertThat(gap).startsWith("sections.VISION"))
                .anySatisfy(gap -> assertThat(gap).startsWith("findings: a validated study names at least one problem"))
                .anySatisfy(gap -> assertThat(gap).startsWith("figures: "))
                .anySatisfy(gap -> assertThat(gap).startsWith("stakeholdersConsulted: a participatory study"));
    }

    @Test
    void aBaselineHasOneFigurePerIndicator() {
        assertThatThrownBy(() -> new StudyDraft(
                        Map.of(),
                        List.of(),
                        List.of(
                                new BaselineFigure("employment", BigDecimal.ONE, "persons", 2025),
                                new BaselineFigure("employment", BigDecimal.TEN, "persons", 2024)),
                        List.of()))
                .hasMessageStartingWith("figures.indicator: employment appears twice");
    }

    @Test
    void ruleHandOverNeedsEveryExitChecklistItem() {
        assertThat(ExitChecks.missing(EnumSet.allOf(ExitItem.class))).isEmpty();
        assertThat(ExitChecks.missing(EnumSet.of(ExitItem.LOCAL_BODY_CARRIES_ON, ExitItem.ASSETS_OPERATED)))
                .containsExactly(
                        ExitItem.ASSETS_MAINTAINED, ExitItem.RESPONSIBILITY_HANDED_OVER, ExitItem.ACCOUNTS_CLOSED);
    }

    @Test
    void anActivityReportNamesTheFieldThatIsWrong() {
        assertThatThrownBy(() -> activity(LocalDate.of(2026, 3, 1), Optional.of(LocalDate.of(2026, 2, 1)), "AGENCY"))
                .hasMessageStartingWith("finishedOn: ");
        assertThatThrownBy(() -> activity(LocalDate.of(2026, 3, 1), Optional.empty(), "SOMEONE"))
                .hasMessageStartingWith("ledBy: ");
        assertThat(activity(LocalDate.of(2026, 3, 1), Optional.empty(), "LOCAL_INSTITUTION")
                        .ledBy())
                .isEqualTo("LOCAL_INSTITUTION");
    }

    @Test
    void schemeWeightsTotalAHundredAndQuotasNameAKindOfRegion() {
        assertThatThrownBy(() -> scheme(Map.of("UNIDO_IMPORTANCE", new BigDecimal("60")), Map.of()))
                .hasMessage("weights: the weights total 60, they must total 100");
        assertThatThrownBy(() -> scheme(Map.of(), Map.of("SOUTH", BigDecimal.TEN)))
                .hasMessageStartingWith("quotas.SOUTH: not a kind of region");
        assertThat(scheme(Map.of(), Map.of("NORTH_EAST", BigDecimal.TEN)).quotas())
                .containsEntry("NORTH_EAST", BigDecimal.TEN);
    }

    private static ActivityDraft activity(LocalDate start, Optional<LocalDate> end, String ledBy) {
        return new ActivityDraft(
                Optional.empty(),
                "Buyer meet",
                start,
                end,
                1000,
                10,
                "orders",
                ledBy,
                Optional.empty(),
                Optional.empty());
    }

    private static SchemeChanges scheme(Map<String, BigDecimal> weights, Map<String, BigDecimal> quotas) {
        return new SchemeChanges(
                "name",
                "institution",
                "owner",
                Optional.empty(),
                List.of(),
                List.of(Stage.PROPOSED, Stage.SELECTED),
                Optional.of(3),
                "UNIDO",
                "source",
                Map.of(),
                weights,
                quotas);
    }
}
