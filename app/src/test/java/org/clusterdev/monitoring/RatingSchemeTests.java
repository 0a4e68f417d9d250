package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.monitoring.rating.GridText;
import org.junit.jupiter.api.Test;

/** The weighted total and grade of a scoring grid, and the grids it refuses; every figure worked out by hand. */
class RatingSchemeTests {

    static final String LEVELS = "0 | Absent\n1 | Emerging\n2 | Developing\n3 | Established\n4 | Exemplary";
    static final String GRADES = "A | 80\nB | 60\nC | 40\nD | 0";

    static RatingScheme grid(String criteria, int max, String levels) {
        return new RatingScheme(
                "TEST_GRID",
                "Test grid",
                RatingScheme.Subject.CLUSTER,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                max,
                GridText.criteria(criteria),
                GridText.levels(levels),
                GridText.grades(GRADES),
                "test",
                true,
                0);
    }

    static final RatingScheme ENVIRONMENT = grid(
            "CONSENTS | 30 | Consents\nEFFLUENT | 30 | Effluent\nWASTE | 20 | Waste\nCLEANER | 10 | Cleaner\nSAFETY | 10 | Safety",
            4,
            LEVELS);

    @Test
    void totalIsTheWeightedScoresOverTheTopOfTheScale() {
        // 30x4 + 30x3 + 20x2 + 10x1 + 10x0 = 260; 260 / 4 = 65.00
        BigDecimal total =
                ENVIRONMENT.total(Map.of("CONSENTS", 4, "EFFLUENT", 3, "WASTE", 2, "CLEANER", 1, "SAFETY", 0));
        assertThat(total).isEqualByComparingTo("65.00");
        assertThat(ENVIRONMENT.grade(total)).isEqualTo("B");
    }

    @Test
    void fullMarksMakeAHundredAndNothingMakesZero() {
        assertThat(ENVIRONMENT.total(Map.of("CONSENTS", 4, "EFFLUENT", 4, "WASTE", 4, "CLEANER", 4, "SAFETY", 4)))
                .isEqualByComparingTo("100");
        BigDecimal none =
                ENVIRONMENT.total(Map.of("CONSENTS", 0, "EFFLUENT", 0, "WASTE", 0, "CLEANER", 0, "SAFETY", 0));
        assertThat(none).isEqualByComparingTo("0");
        assertThat(ENVIRONMENT.grade(none)).isEqualTo("D");
    }

    @Test
    void totalsRoundHalfUpToTwoDecimalsAndGradesStartAtTheirMinimum() {
        RatingScheme thirds = grid("A | 50 | First\nB | 50 | Second", 3, "0 | None\n1 | Some\n2 | Most\n3 | All");
        // 50 x 1 / 3 = 16.666... -> 16.67
        assertThat(thirds.total(Map.of("A", 1, "B", 0))).isEqualByComparingTo("16.67");
        // 50 x 3 + 50 x 2 = 250; 250 / 3 = 83.333... -> 83.33, grade A (at least 80)
        assertThat(thirds.total(Map.of("A", 3, "B", 2))).isEqualByComparingTo("83.33");
        assertThat(ENVIRONMENT.grade(new BigDecimal("80.00"))).isEqualTo("A");
        assertThat(ENVIRONMENT.grade(new BigDecimal("79.99"))).isEqualTo("B");
    }

    @Test
    void refusesACriterionNotScoredAScoreOffTheScaleAndAForeignCriterion() {
        assertThatThrownBy(() -> ENVIRONMENT.total(Map.of("CONSENTS", 4, "EFFLUENT", 3, "WASTE", 2, "CLEANER", 1)))
                .hasMessage("scores.SAFETY: not scored");
        assertThatThrownBy(() ->
                        ENVIRONMENT.total(Map.of("CONSENTS", 5, "EFFLUENT", 3, "WASTE", 2, "CLEANER", 1, "SAFETY", 0)))
                .hasMessage("scores.CONSENTS: 5 is off the scale 0-4");
        assertThatThrownBy(() -> ENVIRONMENT.total(
                        Map.of("CONSENTS", 1, "EFFLUENT", 3, "WASTE", 2, "CLEANER", 1, "SAFETY", 0, "NOISE", 2)))
                .hasMessage("scores.NOISE: not a criterion of TEST_GRID");
    }

    @Test
    void refusesWeightsNotTotallingAHundredAndAScaleWithoutEveryLevel() {
        assertThatThrownBy(() -> grid("A | 60 | First\nB | 30 | Second", 4, LEVELS))
                .hasMessage("criteria: the weights total 90, not 100");
        assertThatThrownBy(() -> grid("A | 50 | First\nB | 50 | Second", 4, "0 | None\n1 | Some\n2 | Half\n4 | All"))
                .hasMessage("levels: the score 3 of the scale has no description");
        assertThatThrownBy(() -> grid("A | 50 | First\nA | 50 | Again", 4, LEVELS))
                .hasMessage("criteria: the code A appears twice");
    }

    @Test
    void gridTextNamesTheLineThatDoesNotRead() {
        assertThatThrownBy(() -> GridText.criteria("A | 50 | First\n\nB | half | Second"))
                .hasMessage("criteria: line 3: the weight 'half' is not a number");
        assertThatThrownBy(() -> GridText.levels("0 | None\n1"))
                .hasMessage("levels: line 2: needs 2 parts separated by |");
        assertThat(GridText.criteria(GridText.ofCriteria(ENVIRONMENT.criteria())))
                .isEqualTo(ENVIRONMENT.criteria());
    }

    @Test
    void aThreeYearChangeIsFromTheFirstYearRatedToTheLast() {
        assertThat(RatingFrame.change(List.of(
                        Optional.of(new BigDecimal("33.75")), Optional.empty(), Optional.of(new BigDecimal("73.75")))))
                .contains(new BigDecimal("40.00"));
        assertThat(RatingFrame.change(List.of(Optional.empty(), Optional.of(BigDecimal.TEN), Optional.empty())))
                .isEmpty();
        assertThat(RatingFrame.yearsEnding(2024)).containsExactly(2022, 2023, 2024);
        assertThat(RatingEntry.yearLabel(2005)).isEqualTo("2005-06");
    }
}
