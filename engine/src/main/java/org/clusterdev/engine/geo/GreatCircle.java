package org.clusterdev.engine.geo;

/**
 * Distances on a sphere of the Earth's mean radius, so that results do not depend on a map projection.
 */
public final class GreatCircle {

    /** Mean Earth radius in kilometres (IUGG), the radius every distance in clusterdev is measured on. */
    public static final double EARTH_RADIUS_KM = 6371.009;

    private GreatCircle() {}

    /**
     * The great-circle distance between two points by the haversine formula, which stays accurate for the
     * short distances (a few kilometres) that cluster definitions use.
     *
     * @return the distance in kilometres, never negative
     */
    public static double distanceKm(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
