package org.clusterdev.engine.summary;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.clusterdev.engine.firms.WeightColumn;
import org.clusterdev.engine.geo.GeoPoint;

/**
 * What a cluster holds.
 *
 * @param cluster the cluster's number
 * @param group the product group's code
 * @param groupName the product group's name
 * @param units member firms
 * @param coreUnits members that are core points
 * @param borderUnits members that are border points
 * @param employment persons employed by the members
 * @param turnoverInr the members' annual turnover, rupees
 * @param exportsInr the members' annual exports, rupees
 * @param weights the members' artisans, looms and families, for the columns the input has
 * @param centroid the spherical centroid (normalised mean of the members' unit vectors)
 * @param extentKm the greatest distance of a member from the centroid
 * @param hullAreaKm2 the area of the members' convex hull
 * @param densityPerKm2 units per square kilometre of hull; empty when the hull is below 0.01 km²
 * @param districts units by district, most first ("unknown" for members without one)
 * @param states units by state, most first
 * @param nicCodes units by NIC code, most first: the cluster's breadth
 * @param suppliers supplier industries near the cluster: its depth
 * @param definitions each definition, met or not and why
 */
public record ClusterSummary(
        int cluster,
        String group,
        String groupName,
        int units,
        int coreUnits,
        int borderUnits,
        double employment,
        double turnoverInr,
        double exportsInr,
        Map<WeightColumn, Double> weights,
        GeoPoint centroid,
        double extentKm,
        double hullAreaKm2,
        OptionalDouble densityPerKm2,
        List<Tally> districts,
        List<Tally> states,
        List<Tally> nicCodes,
        List<SupplierPresence> suppliers,
        List<DefinitionCheck> definitions) {

    public ClusterSummary {
        weights = Map.copyOf(weights);
        districts = List.copyOf(districts);
        states = List.copyOf(states);
        nicCodes = List.copyOf(nicCodes);
        suppliers = List.copyOf(suppliers);
        definitions = List.copyOf(definitions);
    }

    /** The number of distinct NIC codes among the members. */
    public int breadth() {
        return nicCodes.size();
    }

    /** The number of supplier industries with at least one firm near the cluster. */
    public int suppliersPresent() {
        return (int) suppliers.stream().filter(s -> s.firms() > 0).count();
    }
}
