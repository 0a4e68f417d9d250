package org.clusterdev.registry.definitions;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How far a cluster reaches: the largest distance from its centre to any vertex of its drawn boundary.
 * It only reports the extent; a definition's spatial limit never cuts a registered cluster apart.
 */
final class ClusterExtent {

    /** The mean Earth radius the engine measures on (IUGG), so both agree on distances. */
    static final double EARTH_RADIUS_KM = 6371.009;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClusterExtent() {}

    /**
     * The extent in kilometres, empty when there is no boundary or it holds no readable position.
     *
     * @param geojson a GeoJSON geometry, Feature or FeatureCollection; positions are [longitude, latitude]
     */
    static Optional<Double> radiusKm(Point centre, Optional<String> geojson) {
        if (geojson.isEmpty() || geojson.get().isBlank()) {
            return Optional.empty();
        }
        try {
            double farthest = farthest(centre, JSON.readTree(geojson.get()));
            return farthest < 0 ? Optional.empty() : Optional.of(farthest);
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** The largest distance to a position anywhere in the tree, -1 when it holds none. */
    private static double farthest(Point centre, JsonNode node) {
        if (isPosition(node)) {
            double longitude = node.get(0).asDouble();
            double latitude = node.get(1).asDouble();
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                return -1;
            }
            return distanceKm(centre, new Point(latitude, longitude));
        }
        double farthest = -1;
        for (JsonNode child : node) {
            if (child.isContainer()) {
                farthest = Math.max(farthest, farthest(centre, child));
            }
        }
        return farthest;
    }

    private static boolean isPosition(JsonNode node) {
        return node.isArray()
                && node.size() >= 2
                && node.get(0).isNumber()
                && node.get(1).isNumber();
    }

    /**
     * The haversine great-circle distance, as the engine's {@code GreatCircle} computes it; repeated here
     * because {@code org.clusterdev.engine.geo} is not an exposed interface of the engine module.
     */
    static double distanceKm(Point a, Point b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** A position in WGS 84 degrees. */
    record Point(double latitude, double longitude) {}
}
