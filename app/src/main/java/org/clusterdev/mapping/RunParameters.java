package org.clusterdev.mapping;

import java.util.Optional;

/**
 * What a mapping run is asked to do. Validates on creation and refuses with "field: reason".
 *
 * @param datasetId the data set to map
 * @param epsKm the neighbourhood radius in kilometres, above 0 and at most 1000
 * @param minUnits the units a neighbourhood needs, at least 1
 * @param minWeight the summed weight a neighbourhood needs, 0 for none
 * @param weightColumn the column summed ({@code ARTISANS}, {@code LOOMS}, {@code FAMILIES}, {@code EMPLOYMENT})
 *     when {@code minWeight} is above 0
 * @param nicDigits the product groups: NIC prefixes of 2 to 5 digits
 * @param definitionCode the registry definition the parameters come from, if one was chosen
 */
public record RunParameters(
        long datasetId,
        double epsKm,
        int minUnits,
        double minWeight,
        Optional<String> weightColumn,
        int nicDigits,
        Optional<String> definitionCode) {

    public RunParameters {
        if (!(epsKm >= 0.001 && epsKm <= 1000)) {
            throw new IllegalArgumentException("epsKm: give a radius between 0.001 and 1000 km");
        }
        if (minUnits < 1) {
            throw new IllegalArgumentException("minUnits: at least 1");
        }
        if (!(minWeight >= 0 && Double.isFinite(minWeight))) {
            throw new IllegalArgumentException("minWeight: 0 or more");
        }
        weightColumn = weightColumn.map(String::strip).filter(value -> !value.isEmpty());
        if (minWeight > 0 && weightColumn.isEmpty()) {
            throw new IllegalArgumentException("weightColumn: a minimum weight needs a weight column");
        }
        if (weightColumn.isPresent()
                && !java.util.Set.of("ARTISANS", "LOOMS", "FAMILIES", "EMPLOYMENT")
                        .contains(weightColumn.get())) {
            throw new IllegalArgumentException("weightColumn: ARTISANS, LOOMS, FAMILIES or EMPLOYMENT");
        }
        if (nicDigits < 2 || nicDigits > 5) {
            throw new IllegalArgumentException("grouping: a NIC prefix has 2 to 5 digits");
        }
        definitionCode = definitionCode.map(String::strip).filter(value -> !value.isEmpty());
    }

    /** The grouping as stored, e.g. {@code nic:4}. */
    public String grouping() {
        return "nic:" + nicDigits;
    }
}
