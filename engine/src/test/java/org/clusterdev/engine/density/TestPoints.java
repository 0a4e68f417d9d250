package org.clusterdev.engine.density;

import static org.clusterdev.engine.geo.GreatCircle.EARTH_RADIUS_KM;

import java.util.SplittableRandom;

/** Random test layouts: blobs of points around random centres, some scattered points and some duplicates. */
final class TestPoints {

    final double[] lat;
    final double[] lon;
    final double[] weights;

    private TestPoints(double[] lat, double[] lon, double[] weights) {
        this.lat = lat;
        this.lon = lon;
        this.weights = weights;
    }

    /**
     * {@code n} points in the box around ({@code lat0}, {@code lon0}) of half-width {@code spanKm}, in blobs of
     * radius about {@code blobKm}; a tenth repeat an earlier point exactly; weights 0..9.
     */
    static TestPoints blobs(long seed, int n, double lat0, double lon0, double spanKm, double blobKm) {
        SplittableRandom random = new SplittableRandom(seed);
        int blobs = Math.max(1, n / 50);
        double[] centreLat = new double[blobs];
        double[] centreLon = new double[blobs];
        for (int b = 0; b < blobs; b++) {
            centreLat[b] = clampLat(lat0 + degreesNorth(random.nextDouble(-spanKm, spanKm)));
            centreLon[b] = wrapLon(lon0 + degreesEast(random.nextDouble(-spanKm, spanKm), centreLat[b]));
        }
        double[] lat = new double[n];
        double[] lon = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = random.nextInt(10);
            if (i > 0 && random.nextInt(10) == 0) {
                int j = random.nextInt(i);
                lat[i] = lat[j];
                lon[i] = lon[j];
            } else if (random.nextInt(5) == 0) {
                lat[i] = clampLat(lat0 + degreesNorth(random.nextDouble(-spanKm, spanKm)));
                lon[i] = wrapLon(lon0 + degreesEast(random.nextDouble(-spanKm, spanKm), lat[i]));
            } else {
                int b = random.nextInt(blobs);
                lat[i] = clampLat(centreLat[b] + degreesNorth(random.nextGaussian() * blobKm));
                lon[i] = wrapLon(centreLon[b] + degreesEast(random.nextGaussian() * blobKm, lat[i]));
            }
        }
        return new TestPoints(lat, lon, weights);
    }

    static double degreesNorth(double km) {
        return Math.toDegrees(km / EARTH_RADIUS_KM);
    }

    static double degreesEast(double km, double atLatitude) {
        return Math.toDegrees(km / EARTH_RADIUS_KM / Math.max(1e-9, Math.cos(Math.toRadians(atLatitude))));
    }

    private static double clampLat(double lat) {
        return Math.max(-90, Math.min(90, lat));
    }

    private static double wrapLon(double lon) {
        double wrapped = ((lon + 180) % 360 + 360) % 360 - 180;
        return Math.max(-180, Math.min(180, wrapped));
    }
}
