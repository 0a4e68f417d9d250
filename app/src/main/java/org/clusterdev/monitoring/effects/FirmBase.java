package org.clusterdev.monitoring.effects;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.monitoring.Breakdowns;
import org.clusterdev.monitoring.internal.Aggregator.Cell;
import org.clusterdev.registry.ClusterProfile;
import org.clusterdev.registry.ClusterProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The firms of the clusters benefits are compared with, by size class and social group. Each cluster counts once,
 * with the latest value reported for {@link #INDICATOR} by any of its interventions; a cluster without a reported
 * size-class split is counted with the registry's micro, small and medium firms of the latest year up to the one
 * asked for.
 */
@Component
public class FirmBase {

    /** The reported indicator of the firms in a cluster. */
    public static final String INDICATOR = "CLUSTER_FIRMS";

    private final JdbcClient jdbc;
    private final ClusterProfiles profiles;

    FirmBase(JdbcClient jdbc, ClusterProfiles profiles) {
        this.jdbc = jdbc;
        this.profiles = profiles;
    }

    /**
     * The firms of some clusters.
     *
     * @param byBreakdown firms by breakdown, summed over the clusters that know them
     * @param clusters how many clusters there are
     * @param sources by dimension, the sources used: REPORTED, REGISTRY
     * @param clustersWith by dimension, how many clusters have firm counts
     */
    public record Firms(
            Map<String, BigDecimal> byBreakdown,
            int clusters,
            Map<String, Set<String>> sources,
            Map<String, Integer> clustersWith) {

        /** REPORTED, REGISTRY, BOTH or NONE. */
        public String source(String dimension) {
            Set<String> used = sources.getOrDefault(dimension, Set.of());
            return used.isEmpty()
                    ? "NONE"
                    : used.size() > 1 ? "BOTH" : used.iterator().next();
        }

        /** How many clusters have firm counts for the dimension. */
        public int clustersWith(String dimension) {
            return clustersWith.getOrDefault(dimension, 0);
        }
    }

    /**
     * The firms of the clusters of {@code interventions}.
     *
     * @param reported the {@link #INDICATOR} actuals per intervention (grouped by intervention)
     * @param year the financial year whose registry figures are the latest wanted
     */
    public Firms firms(Collection<Long> interventions, List<Cell> reported, int year) {
        Set<Long> ids = new HashSet<>(interventions);
        reported.forEach(c -> ids.add(Long.parseLong(c.group())));
        Map<Long, Long> clusterOf = clusterOf(ids);
        Set<Long> clusters = new HashSet<>();
        interventions.forEach(id -> Optional.ofNullable(clusterOf.get(id)).ifPresent(clusters::add));
        Map<Long, Map<String, Cell>> latest = new HashMap<>();
        for (Cell cell : reported) {
            Long cluster = clusterOf.get(Long.parseLong(cell.group()));
            if (cluster == null || !clusters.contains(cluster) || cell.last() == null) {
                continue;
            }
            latest.computeIfAbsent(cluster, c -> new HashMap<>())
                    .merge(cell.breakdown(), cell, (a, b) -> b.lastPeriod() > a.lastPeriod() ? b : a);
        }
        Map<String, BigDecimal> byBreakdown = new HashMap<>();
        Map<String, Set<String>> sources = new HashMap<>();
        Map<String, Integer> clustersWith = new HashMap<>();
        for (long cluster : clusters) {
            Map<String, Cell> cells = latest.getOrDefault(cluster, Map.of());
            for (String dimension : List.of("SIZE_CLASS", "SOCIAL_GROUP")) {
                List<String> groups = Breakdowns.of(dimension);
                Map<String, BigDecimal> counts = new HashMap<>();
                groups.stream()
                        .filter(cells::containsKey)
                        .forEach(g -> counts.put(g, cells.get(g).last()));
                String source = "REPORTED";
                if (counts.isEmpty() && dimension.equals("SIZE_CLASS")) {
                    counts.putAll(registrySizeClasses(cluster, year));
                    source = "REGISTRY";
                }
                if (!counts.isEmpty()) {
                    counts.forEach((g, n) -> byBreakdown.merge(g, n, BigDecimal::add));
                    sources.computeIfAbsent(dimension, d -> new HashSet<>()).add(source);
                    clustersWith.merge(dimension, 1, Integer::sum);
                }
            }
        }
        return new Firms(byBreakdown, clusters.size(), sources, clustersWith);
    }

    private Map<Long, Long> clusterOf(Set<Long> interventions) {
        if (interventions.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> clusters = new HashMap<>();
        jdbc.sql("select distinct intervention_id, cluster_id from monitoring.report where intervention_id in (:ids)")
                .param("ids", interventions)
                .query((rs, n) -> clusters.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return clusters;
    }

    private Map<String, BigDecimal> registrySizeClasses(long clusterId, int year) {
        Optional<ClusterProfile.Figures> figures = profiles.find(clusterId).stream()
                .flatMap(p -> p.figures().stream())
                .filter(f -> f.year() <= year)
                .filter(f -> f.micro().isPresent()
                        || f.small().isPresent()
                        || f.medium().isPresent())
                .reduce((earlier, later) -> later);
        Map<String, BigDecimal> counts = new HashMap<>();
        figures.ifPresent(f -> {
            counts.put("SIZE_CLASS:MICRO", BigDecimal.valueOf(f.micro().orElse(0)));
            counts.put("SIZE_CLASS:SMALL", BigDecimal.valueOf(f.small().orElse(0)));
            counts.put("SIZE_CLASS:MEDIUM", BigDecimal.valueOf(f.medium().orElse(0)));
        });
        return counts;
    }
}
