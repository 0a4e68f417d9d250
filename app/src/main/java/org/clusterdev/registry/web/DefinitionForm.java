package org.clusterdev.registry.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.registry.ClusterDefinition;
import org.clusterdev.registry.ClusterDefinition.Region;
import org.clusterdev.registry.DefinitionChanges;

/**
 * The administrator's definition form as typed, kept as text so that a refused form shows again exactly
 * as entered. Relaxations arrive as {@code relaxation.NORTH_EAST} and so on; an empty one means none.
 */
record DefinitionForm(
        String minimum,
        String maximum,
        String radiusKm,
        String travelHours,
        String areaText,
        String populationCondition,
        Map<Region, String> relaxations,
        int version) {

    static final String RELAXATION = "relaxation.";

    DefinitionForm {
        relaxations = Map.copyOf(relaxations);
    }

    /** The form filled with the stored definition. */
    static DefinitionForm of(ClusterDefinition definition) {
        Map<Region, String> relaxations = new EnumMap<>(Region.class);
        definition
                .relaxations()
                .forEach(relaxation -> relaxations.put(relaxation.region(), text(relaxation.minimum())));
        return new DefinitionForm(
                text(definition.minimum()),
                definition.maximum().map(DefinitionForm::text).orElse(""),
                definition.radiusKm().map(DefinitionForm::text).orElse(""),
                definition.travelHours().map(DefinitionForm::text).orElse(""),
                definition.areaText().orElse(""),
                definition.populationCondition().orElse(""),
                relaxations,
                definition.version());
    }

    /** The form as posted; a missing or garbled version counts as stale. */
    static DefinitionForm from(Map<String, String> parameters) {
        Map<Region, String> relaxations = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            relaxations.put(region, parameters.getOrDefault(RELAXATION + region.name(), ""));
        }
        int version;
        try {
            version = Integer.parseInt(parameters.getOrDefault("version", "").strip());
        } catch (NumberFormatException e) {
            version = -1;
        }
        return new DefinitionForm(
                parameters.getOrDefault("minimum", ""),
                parameters.getOrDefault("maximum", ""),
                parameters.getOrDefault("radiusKm", ""),
                parameters.getOrDefault("travelHours", ""),
                parameters.getOrDefault("areaText", ""),
                parameters.getOrDefault("populationCondition", ""),
                relaxations,
                version);
    }

    /** The relaxed minimum typed for a region, empty when none. */
    public String relaxation(Region region) {
        return relaxations.getOrDefault(region, "");
    }

    /**
     * The changes this form asks for.
     *
     * @throws IllegalArgumentException naming the first field that is not a number or is out of range
     */
    DefinitionChanges toChanges() {
        Map<Region, BigDecimal> relaxed = new EnumMap<>(Region.class);
        relaxations.forEach(
                (region, value) -> number(value, RELAXATION + region.name(), "must be a positive number or left empty")
                        .ifPresent(minimum -> relaxed.put(region, minimum)));
        return new DefinitionChanges(
                number(minimum, "minimum", "must be a positive number (0 for no minimum count)")
                        .orElseThrow(() -> new IllegalArgumentException(
                                "minimum: must be a positive number (0 for no minimum count)")),
                number(maximum, "maximum", "must be a number or left empty"),
                number(radiusKm, "radiusKm", "must be a positive number of kilometres or left empty"),
                number(travelHours, "travelHours", "must be a number of hours or left empty"),
                Optional.of(areaText),
                Optional.of(populationCondition),
                relaxed);
    }

    /** A number as typed, allowing Indian digit grouping ("1,00,000"); empty for a blank field. */
    private static Optional<BigDecimal> number(String value, String field, String reason) {
        String digits =
                value == null ? "" : value.replace(",", "").replace(" ", "").strip();
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(digits));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": " + reason);
        }
    }

    private static String text(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
