package org.clusterdev.registry;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clusterdev.registry.ClusterDefinition.Region;

/**
 * What an administrator may change in a cluster definition. The institution, unit of count and source
 * stay as the source document gives them.
 *
 * @param minimum the least count, 0 for no minimum count
 * @param maximum the largest count, if any
 * @param radiusKm the largest distance from the centre, if any
 * @param travelHours the longest travel time by local transport, if any
 * @param areaText the spatial limit in words, if any
 * @param populationCondition the population condition in words, if any
 * @param relaxations lower minimums by region; a region left out has no relaxation
 * @throws IllegalArgumentException naming the field, e.g. "minimum: must be a positive number or 0"
 */
public record DefinitionChanges(
        BigDecimal minimum,
        Optional<BigDecimal> maximum,
        Optional<BigDecimal> radiusKm,
        Optional<BigDecimal> travelHours,
        Optional<String> areaText,
        Optional<String> populationCondition,
        Map<Region, BigDecimal> relaxations) {

    public DefinitionChanges {
        if (minimum == null || minimum.signum() < 0) {
            throw new IllegalArgumentException("minimum: must be a positive number (0 for no minimum count)");
        }
        if (maximum.isPresent() && maximum.get().compareTo(minimum) < 0) {
            throw new IllegalArgumentException("maximum: must not be below the minimum");
        }
        if (radiusKm.isPresent() && radiusKm.get().signum() <= 0) {
            throw new IllegalArgumentException("radiusKm: must be a positive number of kilometres");
        }
        if (travelHours.isPresent()
                && (travelHours.get().signum() <= 0 || travelHours.get().intValue() >= 24)) {
            throw new IllegalArgumentException("travelHours: must be more than 0 and less than 24 hours");
        }
        areaText = areaText.map(String::strip).filter(text -> !text.isEmpty());
        populationCondition = populationCondition.map(String::strip).filter(text -> !text.isEmpty());
        relaxations.forEach((region, relaxed) -> checkRelaxation(Objects.requireNonNull(region), relaxed, minimum));
        relaxations = relaxations.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(relaxations));
    }

    private static void checkRelaxation(Region region, BigDecimal relaxed, BigDecimal minimum) {
        String field = "relaxation." + region.name();
        if (relaxed == null || relaxed.signum() < 0) {
            throw new IllegalArgumentException(field + ": must be a positive number or left empty");
        }
        if (relaxed.compareTo(minimum) > 0) {
            throw new IllegalArgumentException(field + ": a relaxed minimum must not exceed the minimum");
        }
    }
}
