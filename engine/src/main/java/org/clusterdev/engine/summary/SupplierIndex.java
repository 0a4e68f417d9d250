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

    SupplierIndex(Firms firms, List<SupplierLink> links, FirmPasses passes) {
        List<String> prefixes =
                links.stream().map(SupplierLink::supplierNic).distinct().toList();
        // which prefixes each NIC code matches, then one pass over the firms
        int[][] matching = new int[firms.nicCodes().size()][];
        for (int code = 0; code < matching.length; code++) {
            String nic = firms.nicCodes().get(code);
            matching[code] = java.util.stream.IntStream.range(0, prefixes.size())
                    .filter(p -> nic.startsWith(prefixes.get(p)))
                    .toArray();
        }
        long[][] keys = new long[prefixes.size()][16];
        int[] counts = new int[prefixes.size()];
        for (int firm = 0; firm < firms.size(); firm++) {
            int[] matches = matching[firms.nicIndex(firm)];
            if (matches.length == 0 || Double.isNaN(firms.latitude(firm))) {
                continue;
            }
            // sort key: micro-degrees of latitude (28 bits) above the row number (31 bits)
            long key = Math.round((firms.latitude(firm) + 90) * 1e6) << 32 | firm;
            for (int p : matches) {
                if (counts[p] == keys[p].length) {
                    keys[p] = Arrays.copyOf(keys[p], 2 * counts[p]);
                }
                keys[p][counts[p]++] = key;
            }
        }
        for (int p = 0; p < prefixes.size(); p++) {
            industries.put(prefixes.get(p), index(firms, Arrays.copyOf(keys[p], counts[p]), passes));
        }
    }

    private static Industry index(Firms firms, long[] keys, FirmPasses passes) {
        double[] v = new double[3];
        Arrays.sort(keys);
        double[] latitudes = new double[keys.length];
        double[] longitudes = new double[keys.length];
        double[] xyz = new double[3 * keys.length];
        for (int i = 0; i < keys.length; i++) {
            int firm = (int) keys[i];
            latitudes[i] = firms.latitude(firm);
            longitudes[i] = firms.longitude(firm);
            if (passes.hasUnitVector(firm)) {
                passes.unitVector(firm, v);
                System.arraycopy(v, 0, xyz, 3 * i, 3);
            } else {
                Trigonometry.unitVector(Math.toRadians(latitudes[i]), Math.toRadians(longitudes[i]), xyz, 3 * i);
            }
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
