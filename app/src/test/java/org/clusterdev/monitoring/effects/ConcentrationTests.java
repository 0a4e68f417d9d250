package org.clusterdev.monitoring.effects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcentrationTests {

    @Test
    void isZeroWhenEveryGroupGetsItsShareOfTheFirms() {
        assertThat(Concentration.gini(shares("0.8", "0.15", "0.05"), shares("0.8", "0.15", "0.05")))
                .isEqualByComparingTo("0");
    }

    @Test
    void growsAsTheBenefitGathersWithTheFewFirms() {
        // |.2x.15-.3x.8| + |.2x.05-.5x.8| + |.3x.05-.5x.15| = .21 + .39 + .06
        assertThat(Concentration.gini(shares("0.2", "0.3", "0.5"), shares("0.8", "0.15", "0.05")))
                .isEqualByComparingTo("0.660");
        // everything to one firm in a hundred: 1 x .99
        assertThat(Concentration.gini(shares("0", "1"), shares("0.99", "0.01"))).isEqualByComparingTo("0.990");
    }

    @Test
    void needsOneFirmSharePerBenefitShare() {
        assertThatThrownBy(() -> Concentration.gini(shares("1"), shares("0.5", "0.5")))
                .hasMessageStartingWith("shares:");
    }

    private static List<BigDecimal> shares(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
