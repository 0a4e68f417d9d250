package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusterdev.geography.DistrictCentre;
import org.clusterdev.geography.Geography;
import org.clusterdev.monitoring.DashboardMap.Place;
import org.clusterdev.monitoring.DashboardMap.Point;
import org.clusterdev.monitoring.DashboardMap.Shape;
import org.clusterdev.monitoring.internal.Aggregator;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterRegistry.MapPoint;
import org.springframework.stereotype.Service;

/**
 * Puts a dashboard on a map from the rows it already has: states as areas, clusters and interventions at their
 * clusters' positions, districts at the mean position of their PIN codes. It adds one small lookup of positions
 * to the dashboard's own queries and never aggregates again.
 */
@Service
public class DashboardMaps {

    private final Aggregator aggregator;
    private final ClusterRegistry registry;
    private final Geography geography;

    DashboardMaps(Aggregator aggregator, ClusterRegistry registry, Geography geography) {
        this.aggregator = aggregator;
        this.registry = registry;
        this.geography = geography;
    }

    /**
     * The map of a dashboard. Schemes are not places, so a dashboard by scheme has the shape {@link Shape#NONE};
     * rows whose place is unknown are counted in {@link DashboardMap#unplaced()}.
     */
    public DashboardMap map(DashboardView view) {
        return switch (view.query().by()) {
            case STATE -> drawn(Shape.AREAS, view.rows(), row -> Optional.empty(), 0);
            case CLUSTER -> points(view.rows(), clusterPoints(keys(view)));
            case INTERVENTION -> points(view.rows(), interventionPoints(keys(view)));
            case DISTRICT -> points(view.rows(), districtPoints(view.query()));
            default -> new DashboardMap(Shape.NONE, List.of(), List.of(), 0);
        };
    }

    private static DashboardMap points(List<DashboardView.Row> rows, Map<String, Point> where) {
        List<DashboardView.Row> placed =
                rows.stream().filter(row -> where.containsKey(row.key())).toList();
        return drawn(Shape.POINTS, placed, row -> Optional.of(where.get(row.key())), rows.size() - placed.size());
    }

    private static DashboardMap drawn(
            Shape shape, List<DashboardView.Row> rows, Function<DashboardView.Row, Optional<Point>> at, int unplaced) {
        List<DashboardMap.Band> bands = EqualBands.of(rows.stream()
                .flatMap(row -> row.actual(Breakdowns.TOTAL).stream())
                .toList());
        List<Place> places = rows.stream()
                .map(row -> {
                    Optional<BigDecimal> actual = row.actual(Breakdowns.TOTAL);
                    return new Place(
                            row.key(),
                            row.label(),
                            at.apply(row),
                            actual,
                            row.target(Breakdowns.TOTAL),
                            row.achievement(),
                            row.interventions(),
                            actual.map(value -> EqualBands.bandOf(value, bands)).orElse(OptionalInt.empty()));
                })
                .toList();
        return new DashboardMap(shape, places, bands, unplaced);
    }

    private static List<Long> keys(DashboardView view) {
        return view.rows().stream()
                .map(DashboardView.Row::key)
                .filter(key -> key.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .toList();
    }

    private Map<String, Point> clusterPoints(List<Long> clusterIds) {
        return registry.pointsOf(clusterIds).stream()
                .collect(Collectors.toMap(point -> Long.toString(point.id()), DashboardMaps::point));
    }

    private Map<String, Point> interventionPoints(List<Long> interventionIds) {
        Map<Long, Long> clusters = aggregator.clustersOf(interventionIds);
        Map<Long, Point> byCluster = registry
                .pointsOf(clusters.values().stream().distinct().toList())
                .stream()
                .collect(Collectors.toMap(MapPoint::id, DashboardMaps::point));
        Map<String, Point> points = new HashMap<>();
        clusters.forEach((intervention, cluster) -> Optional.ofNullable(byCluster.get(cluster))
                .ifPresent(point -> points.put(Long.toString(intervention), point)));
        return points;
    }

    /**
     * Districts are rows by name; without a state chosen two states' districts of one name are one row, which
     * has no single place and stays off the map.
     */
    private Map<String, Point> districtPoints(DashboardQuery query) {
        Map<String, List<DistrictCentre>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        geography
                .districtCentres(query.stateCode())
                .forEach(centre -> byName.computeIfAbsent(centre.name(), name -> new ArrayList<>())
                        .add(centre));
        Map<String, Point> points = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.forEach((name, centres) -> {
            if (centres.size() == 1) {
                points.put(
                        name,
                        new Point(centres.get(0).latitude(), centres.get(0).longitude()));
            }
        });
        return points;
    }

    private static Point point(MapPoint point) {
        return new Point(point.latitude(), point.longitude());
    }
}
