package org.clusterdev.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.registry.ClusterDefinition.Region;
import org.junit.jupiter.api.Test;

class DefinitionChangesTests {

    @Test
    void refusesANegativeMinimumNamingTheField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> changes(new BigDecimal("-1"), Optional.empty(), Map.of()))
                .withMessageStartingWith("minimum: must be a positive number");
    }

    @Test
    void refusesAMaximumBelowTheMinimumAndARelaxationAboveIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> changes(new BigDecimal("50"), Optional.of(new BigDecimal("20")), Map.of()))
                .withMessage("maximum: must not be below the minimum");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> changes(
                        new BigDecimal("100"), Optional.empty(), Map.of(Region.NORTH_EAST, new BigDecimal("150"))))
                .withMessage("relaxation.NORTH_EAST: a relaxed minimum must not exceed the minimum");
    }

    @Test
    void acceptsZeroForNoMinimumCountAndDropsBlankTexts() {
        DefinitionChanges changes = new DefinitionChanges(
                BigDecimal.ZERO,
                Optional.empty(),
                Optional.empty(),
                Optional.of(new BigDecimal("2")),
                Optional.of("  "),
                Optional.empty(),
                Map.of());

        assertThat(changes.areaText()).isEmpty();
    }

    private static DefinitionChanges changes(
            BigDecimal minimum, Optional<BigDecimal> maximum, Map<Region, BigDecimal> relaxations) {
        return new DefinitionChanges(
                minimum, maximum, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), relaxations);
    }
}
