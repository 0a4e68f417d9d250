package org.clusterdev.bench;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.ml.clustering.Cluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.DBSCANClusterer;

/**
 * Commons Math 3.6.1's {@code DBSCANClusterer} on unit vectors with the chord radius (see {@link UnitVectors}).
 * It compares every pair (no index), so it is only run on small sets. Its minPts does not count the point itself:
 * it gets {@code minUnits - 1}. It reports no noise: points in no cluster are noise. Points are compared by
 * identity: with Commons Math's {@code DoublePoint}, equal by value, firms at the same coordinates would be taken
 * for one point and all but one of them dropped.
 */
final class CommonsMathDbscan {

    private CommonsMathDbscan() {}

    static Labels cluster(double[] lat, double[] lon, double epsKm, int minUnits) {
        double[][] xyz = UnitVectors.of(lat, lon);
        List<Firm> points = new ArrayList<>(xyz.length);
        Map<Firm, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < xyz.length; i++) {
            Firm point = new Firm(xyz[i]);
            points.add(point);
            index.put(point, i);
        }
        long start = System.nanoTime();
        List<Cluster<Firm>> clusters =
                new DBSCANClusterer<Firm>(UnitVectors.chord(epsKm), minUnits - 1).cluster(points);
        double seconds = (System.nanoTime() - start) / 1e9;
        int[] labels = new int[xyz.length];
        java.util.Arrays.fill(labels, -1);
        for (int c = 0; c < clusters.size(); c++) {
            for (Firm point : clusters.get(c).getPoints()) {
                labels[index.get(point)] = c;
            }
        }
        return new Labels(labels, seconds, 0);
    }

    /** A point equal only to itself. */
    private static final class Firm implements Clusterable {
        private final double[] point;

        Firm(double[] point) {
            this.point = point;
        }

        @Override
        public double[] getPoint() {
            return point;
        }
    }
}
