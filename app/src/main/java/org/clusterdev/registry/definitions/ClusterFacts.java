package org.clusterdev.registry.definitions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.registry.ClusterDefinition.Region;
import org.clusterdev.registry.ClusterDefinition.Unit;

/**
 * What the rules know about one cluster: its typology, where it lies, its latest figures and its extent.
 *
 * @param typologyCode its typology; empty for a cluster found in enterprise data and not registered yet, which
 *     every definition is checked against
 * @param typologyParent the parent of its typology ({@code MICRO} for handloom), if any
 * @param regions the regions its district (or, without a district, its state) lies in
 * @param districtKnown whether the registry names a district for it
 * @param places the places it covers in words, if given
 * @param nicCodes its main and other NIC codes
 * @param nameAndProduct its name and product, for the wording rules
 * @param centre its point on the map
 * @param boundaryGeojson its boundary as GeoJSON, if drawn
 * @param measuredExtentKm how far its members reach from its centre, when measured on the members themselves (a
 *     cluster found in enterprise data); otherwise the extent comes from its boundary
 */
record ClusterFacts(
        Optional<String> typologyCode,
        Optional<String> typologyParent,
        Set<Region> regions,
        boolean districtKnown,
        Optional<String> places,
        List<String> nicCodes,
        String nameAndProduct,
        ClusterExtent.Point centre,
        Optional<String> boundaryGeojson,
        Figures figures,
        Optional<Double> measuredExtentKm) {

    ClusterFacts {
        regions = Set.copyOf(regions);
        nicCodes = List.copyOf(nicCodes);
    }

    /**
     * A cluster's latest figures; each is empty where the registry has no value.
     *
     * @param minorityShare percent of the population belonging to minorities
     */
    record Figures(
            Optional<Integer> year,
            Optional<Long> enterprises,
            Optional<Long> artisans,
            Optional<Long> looms,
            Optional<Long> families,
            Optional<Long> employment,
            Optional<Long> turnoverRupees,
            Optional<Long> exportsRupees,
            Optional<BigDecimal> minorityShare) {

        static Figures none() {
            return new Figures(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        }

        /**
         * The figure a unit of count is compared with; empty when the registry has none. Units the registry
         * does not record at all ({@link #records(Unit)} false) are always empty.
         */
        Optional<Long> count(Unit unit) {
            return switch (unit) {
                case FIRMS, SME_UNITS -> enterprises;
                case ARTISANS -> artisans;
                case LOOMS -> looms;
                case FAMILIES -> families;
                case BENEFICIARIES, SHG_MEMBERS, POPULATION_SHARE -> Optional.empty();
            };
        }

        /** Whether the registry has a figure for this unit at all. */
        static boolean records(Unit unit) {
            return unit != Unit.BENEFICIARIES && unit != Unit.SHG_MEMBERS;
        }

        /** The figure a maturity parameter is compared with, empty when missing or not a known parameter. */
        Optional<Long> parameter(String name) {
            return switch (name) {
                case "ENTERPRISES" -> enterprises;
                case "TURNOVER" -> turnoverRupees;
                case "EXPORTS" -> exportsRupees;
                case "EMPLOYMENT" -> employment;
                default -> Optional.empty();
            };
        }
    }
}
