package org.clusterdev.mapping.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.engine.geo.GeoPoint;
import org.clusterdev.engine.geo.GreatCircle;
import org.clusterdev.mapping.MissingCluster;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.clusterdev.registry.ClusterSummary;

/**
 * Compares candidates with the registry. A candidate matches a registered cluster when the cluster has a NIC code
 * starting with the candidate's product group (its NIC prefix) and lies within {@code max(extent, 10 km)} of the
 * candidate's centroid; of several, the nearest. Registered clusters of the groups mapped that no candidate
 * matched are "not found in the data": either gone, or missing from the data set.
 */
final class RegistryMatching {

    /** The least matching distance: registry positions are place-level, a town's centre at best. */
    static final double MIN_MATCH_KM = 10;

    private final ClusterRegistry registry;
    private final Set<Long> matched = new HashSet<>();
    private final java.util.Map<String, List<ClusterSummary>> byGroup = new java.util.HashMap<>();

    RegistryMatching(ClusterRegistry registry) {
        this.registry = registry;
    }

    /** The nearest registered cluster of the group within reach of the centroid, if any. */
    Optional<ClusterSummary> match(String groupCode, GeoPoint centroid, double extentKm) {
        double reach = Math.max(extentKm, MIN_MATCH_KM);
        Optional<ClusterSummary> nearest = registered(groupCode).stream()
                .filter(cluster -> distance(cluster, centroid) <= reach)
                .min(Comparator.comparingDouble(cluster -> distance(cluster, centroid)));
        nearest.ifPresent(cluster -> matched.add(cluster.id()));
        return nearest;
    }

    /** The registered clusters of these groups that no {@link #match} call returned. */
    List<MissingCluster> notFound(Collection<String> groupCodes) {
        List<MissingCluster> missing = new ArrayList<>();
        Set<Long> listed = new HashSet<>();
        for (String group : groupCodes) {
            for (ClusterSummary cluster : registered(group)) {
                if (!matched.contains(cluster.id()) && listed.add(cluster.id())) {
                    missing.add(new MissingCluster(cluster.id(), cluster.name(), group));
                }
            }
        }
        return missing;
    }

    private List<ClusterSummary> registered(String groupCode) {
        return byGroup.computeIfAbsent(groupCode, this::search);
    }

    private List<ClusterSummary> search(String groupCode) {
        if (!groupCode.matches("[0-9]{2,5}")) {
            return List.of();
        }
        ClusterSearch byProduct = new ClusterSearch(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(groupCode),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        return registry.search(byProduct, 0, Integer.MAX_VALUE);
    }

    private static double distance(ClusterSummary cluster, GeoPoint centroid) {
        return GreatCircle.distanceKm(new GeoPoint(cluster.latitude(), cluster.longitude()), centroid);
    }
}
