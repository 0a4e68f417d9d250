package org.clusterdev.registry.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.clusterdev.registry.Maturity;
import org.clusterdev.registry.Maturity.Level;
import org.clusterdev.registry.Maturity.ParameterLevel;
import org.clusterdev.registry.MaturityCutoff;
import org.clusterdev.registry.Reason;
import org.clusterdev.registry.Reason.Key;
import org.clusterdev.registry.Reason.Rupees;
import org.junit.jupiter.api.Test;

class MaturityRuleTests {

    /** The defaults seeded for 004 Table 1.5. */
    static final List<MaturityCutoff> CUTOFFS = List.of(
            cutoff("ENTERPRISES", 100, 50, "NUMBER"),
            cutoff("EMPLOYMENT", 5000, 500, "PERSONS"),
            cutoff("TURNOVER", 1_000_000_000L, 100_000_000L, "RUPEES"),
            cutoff("EXPORTS", 100_000_000L, 10_000_000L, "RUPEES"));

    @Test
    void aFigureAtTheHigherCutOffIsMature() {
        ParameterLevel level = MaturityRule.level(CUTOFFS.get(0), Optional.of(100L));

        assertThat(level.level()).isEqualTo(Level.MATURE);
        assertThat(level.reason())
                .isEqualTo(Reason.of(
                        "definitions.maturity.mature",
                        new Key("definitions.parameter.ENTERPRISES"),
                        new BigDecimal("100"),
                        new BigDecimal("100")));
    }

    @Test
    void aTurnoverBetweenTheCutOffsIsPotentialAndShownInRupees() {
        ParameterLevel level = MaturityRule.level(CUTOFFS.get(2), Optional.of(750_000_000L));

        assertThat(level.level()).isEqualTo(Level.POTENTIAL);
        assertThat(level.reason().args())
                .containsExactly(
                        new Key("definitions.parameter.TURNOVER"),
                        new Rupees(750_000_000L),
                        new Rupees(100_000_000L),
                        new Rupees(1_000_000_000L));
    }

    @Test
    void aFigureUnderTheLowerCutOffIsBelowAndAMissingOneUnknown() {
        assertThat(MaturityRule.level(CUTOFFS.get(1), Optional.of(499L)).level())
                .isEqualTo(Level.BELOW);
        assertThat(MaturityRule.level(CUTOFFS.get(1), Optional.empty()).level()).isEqualTo(Level.UNKNOWN);
    }

    @Test
    void theClusterTakesTheHighestLevelOfItsKnownFigures() {
        var rourkela = DefinitionFixtures.cluster("TRADITIONAL_MANUFACTURING")
                .figures(figures(Optional.of(30L), Optional.of(1_500_000_000L)))
                .build();

        Maturity maturity = MaturityRule.classify(CUTOFFS, rourkela.figures());

        assertThat(maturity.level()).isEqualTo(Level.MATURE);
        assertThat(maturity.parameters())
                .extracting(ParameterLevel::parameter, ParameterLevel::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ENTERPRISES", Level.BELOW),
                        org.assertj.core.groups.Tuple.tuple("EMPLOYMENT", Level.UNKNOWN),
                        org.assertj.core.groups.Tuple.tuple("TURNOVER", Level.MATURE),
                        org.assertj.core.groups.Tuple.tuple("EXPORTS", Level.UNKNOWN));
    }

    @Test
    void aClusterWithoutFiguresCannotBeClassified() {
        Maturity maturity = MaturityRule.classify(CUTOFFS, ClusterFacts.Figures.none());

        assertThat(maturity.level()).isEqualTo(Level.UNKNOWN);
        assertThat(maturity.parameters())
                .allSatisfy(parameter -> assertThat(parameter.level()).isEqualTo(Level.UNKNOWN));
    }

    private static ClusterFacts.Figures figures(Optional<Long> enterprises, Optional<Long> turnover) {
        return new ClusterFacts.Figures(
                Optional.of(2007),
                enterprises,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                turnover,
                Optional.empty(),
                Optional.empty());
    }

    private static MaturityCutoff cutoff(String parameter, long mature, long potential, String unit) {
        return new MaturityCutoff(
                parameter,
                Optional.of(BigDecimal.valueOf(mature)),
                Optional.of(BigDecimal.valueOf(potential)),
                unit,
                "004 Table 1.5",
                Optional.empty());
    }
}
