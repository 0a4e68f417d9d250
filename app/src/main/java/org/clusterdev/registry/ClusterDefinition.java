package org.clusterdev.registry;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An institution's definition of a cluster, kept as data (004 §1.3.2, Table 1.4): what is counted, the
 * minimum (and maximum), the spatial limit, lower minimums in some regions, and the population condition.
 *
 * @param code stable identifier, e.g. {@code IHCDP_HANDLOOM}
 * @param appliesTo the typology code it is written for ({@code MICRO} includes its children); empty means
 *     any typology
 * @param minimum the least count in {@code unit}; 0 means the definition sets no minimum count
 * @param maximum the largest count allowed, if the definition sets one
 * @param radiusKm the largest distance from the cluster's centre, if the definition sets one
 * @param travelHours the longest travel time by local transport; when both a radius and a travel time are
 *     set, either one satisfies the definition
 * @param areaText the spatial limit in the source's words, e.g. "one or two revenue sub-divisions"
 * @param populationCondition who must be counted or live there, in the source's words
 * @param relaxations lower minimums in particular regions, by region
 * @param editable whether administrators may change it
 * @param source where it comes from, e.g. "004 Table 1.4"
 * @param sourceText the definition as the source words it
 * @param version incremented by every change, for optimistic locking
 */
public record ClusterDefinition(
        String code,
        String institution,
        String name,
        Optional<String> appliesTo,
        Unit unit,
        BigDecimal minimum,
        Optional<BigDecimal> maximum,
        Optional<BigDecimal> radiusKm,
        Optional<BigDecimal> travelHours,
        Optional<String> areaText,
        Optional<String> populationCondition,
        List<Relaxation> relaxations,
        boolean editable,
        String source,
        String sourceText,
        int version) {

    public ClusterDefinition {
        relaxations = List.copyOf(relaxations);
    }

    /** The lowest relaxed minimum among the regions a cluster lies in, if any relaxation applies there. */
    public Optional<Relaxation> relaxationIn(Set<Region> regions) {
        return relaxations.stream()
                .filter(relaxation -> regions.contains(relaxation.region()))
                .min(Comparator.comparing(Relaxation::minimum));
    }

    /** The relaxed minimum for one region, if the definition has one. */
    public Optional<BigDecimal> relaxedMinimum(Region region) {
        return relaxations.stream()
                .filter(relaxation -> relaxation.region() == region)
                .map(Relaxation::minimum)
                .findFirst();
    }

    /** What a definition counts; each maps onto a figure of the registry where the registry has one. */
    public enum Unit {
        /** Enterprises of any size (the registry's {@code enterprises}). */
        FIRMS,
        /** Small and medium enterprise units (the registry's {@code enterprises}). */
        SME_UNITS,
        ARTISANS,
        LOOMS,
        /** Beneficiary families. */
        FAMILIES,
        /** Beneficiaries in general; the registry does not record them. */
        BENEFICIARIES,
        /** Beneficiaries organised in self-help groups; the registry does not record them. */
        SHG_MEMBERS,
        /**
         * A share of the local population in percent, compared with the registry's minority share; the
         * share must be strictly more than the minimum ("more than 75%").
         */
        POPULATION_SHARE
    }

    /** Regions in which definitions set a lower minimum (004 Table 1.4). */
    public enum Region {
        NORTH_EAST,
        HILLY,
        JAMMU_KASHMIR,
        /** Odisha's Kalahandi-Balangir-Koraput districts. */
        KBK
    }

    /**
     * A lower minimum in one region.
     *
     * @param source where the relaxed figure comes from, or that an administrator set it
     */
    public record Relaxation(Region region, BigDecimal minimum, String source) {}
}
