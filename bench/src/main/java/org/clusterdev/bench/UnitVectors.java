package org.clusterdev.bench;

import static org.clusterdev.engine.geo.GreatCircle.EARTH_RADIUS_KM;

/**
 * Points as 3D unit vectors, for libraries that only know Euclidean distance: the chord between two unit vectors
 * orders pairs exactly like the great-circle distance, so DBSCAN on unit vectors with radius
 * {@code 2 sin(eps / 2R)} is DBSCAN on the sphere with radius eps.
 */
final class UnitVectors {

    private UnitVectors() {}

    static double[][] of(double[] lat, double[] lon) {
        double[][] xyz = new double[lat.length][];
        for (int i = 0; i < lat.length; i++) {
            double phi = Math.toRadians(lat[i]);
            double lambda = Math.toRadians(lon[i]);
            xyz[i] = new double[] {Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)};
        }
        return xyz;
    }

    static double chord(double epsKm) {
        return 2 * Math.sin(epsKm / EARTH_RADIUS_KM / 2);
    }
}
