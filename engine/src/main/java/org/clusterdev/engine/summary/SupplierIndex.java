package org.clusterdev.engine.summary;

import static org.clusterdev.engine.geo.GreatCircle.EARTH_RADIUS_KM;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.geo.GeoPoint;
import org.clusterdev.engine.geo.Trigonometry;

/**
 * The firms of each supplier industry, sorted by latitude with their unit vectors, to count those within a
 * distance of a point: a binary search finds the latitude band, a longitude test and a chord test decide.
 */
final class SupplierIndex {

    private final Map<String, Industry> industries = new HashMap<>();

    /** The firms of one supplier industry, by latitude. */
    private record Industry(double[] latitudes, double[] longitudes, double[] xyz) {}

    SupplierIndex(Firms firms, List<SupplierLink> links) {
        for (SupplierLink link : links) {
            String prefix = link.supplierNic();
            if (!industries.containsKey(prefix)) {
                industries.put(prefix, index(firms, prefix));
            }
        }
    }

    private static Industry index(Firms firms, String prefix) {
        boolean[] matches = new boolean[firms.nicCodes().size()];
        for (int c = 0; c < matches.length; c++) {
            matches[c] = firms.nicCodes().get(c).startsWith(prefix);
        }
        int[] rows = firms.select(i -> matches[firms.nicIndex(i)] && !Double.isNaN(firms.latitude(i)));
        // sort by latitude: micro-degrees (28 bits) above the row number (at most 31 bits)
        long[] keys = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            long micro = Math.round((firms.latitude(rows[i]) + 90) * 1e6);
            keys[i] = micro << 32 | rows[i];
        }
        Arrays.sort(keys);
        double[] latitudes = new double[rows.length];
        double[] longitudes = new double[rows.length];
        double[] xyz = new double[3 * rows.length];
        for (int i = 0; i < keys.length; i++) {
            int firm = (int) keys[i];
            latitudes[i] = firms.latitude(firm);
            longitudes[i] = firms.longitude(firm);
            Trigonometry.unitVector(Math.toRadians(latitudes[i]), Math.toRadians(longitudes[i]), xyz, 3 * i);
        }
        return new Industry(latitudes, longitudes, xyz);
    }

    /** The firms of a supplier industry within {@code radiusKm} of {@code centre}. */
    int count(String supplierNic, GeoPoint centre, double radiusKm) {
        Industry industry = industries.get(supplierNic);
        double angle = radiusKm / EARTH_RADIUS_KM;
        double band = Math.toDegrees(angle) + 1e-5; // the sort key is rounded to a micro-degree
        double cosLat = Math.cos(Math.toRadians(Math.min(89.9, Math.abs(centre.latitude()) + Math.toDegrees(angle))));
        double lonBand = Math.min(180, band / Math.max(1e-9, cosLat));
        double half = Math.sin(Math.min(Math.PI, angle) / 2);
        double chord = 4 * half * half;
        double[] c = new double[3];
        Trigonometry.unitVector(Math.toRadians(centre.latitude()), Math.toRadians(centre.longitude()), c, 0);
        double[] lats = industry.latitudes();
        int count = 0;
        for (int i = lowerBound(lats, centre.latitude() - band);
                i < lats.length && lats[i] <= centre.latitude() + band;
                i++) {
            double dLon = Math.abs(industry.longitudes()[i] - centre.longitude());
            if (Math.min(dLon, 360 - dLon) > lonBand) {
                continue;
            }
            double dx = industry.xyz()[3 * i] - c[0];
            double dy = industry.xyz()[3 * i + 1] - c[1];
            double dz = industry.xyz()[3 * i + 2] - c[2];
            if (dx * dx + dy * dy + dz * dz <= chord) {
                count++;
            }
        }
        return count;
    }

    private static int lowerBound(double[] values, double target) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
