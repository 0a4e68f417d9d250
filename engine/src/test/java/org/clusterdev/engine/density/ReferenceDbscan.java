package org.clusterdev.engine.density;

import static org.clusterdev.engine.geo.GreatCircle.EARTH_RADIUS_KM;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Textbook DBSCAN by brute force (every pair compared, O(n^2)), with the same distance test as the engine's
 * definition: chord between unit vectors computed with {@link Math#sin}, against {@code 2 sin(eps / 2R)}.
 * Border points join the cluster of their nearest core point, ties to the earliest position. Cluster numbers are
 * arbitrary: compare partitions, not numbers.
 */
final class ReferenceDbscan {

    final boolean[] core;
    final int[] cluster;

    ReferenceDbscan(double[] lat, double[] lon, double[] weights, double epsKm, int minUnits, double minWeight) {
        int n = lat.length;
        double[][] v = new double[n][];
        for (int i = 0; i < n; i++) {
            double phi = Math.toRadians(lat[i]);
            double lambda = Math.toRadians(lon[i]);
            v[i] = new double[] {Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)};
        }
        double half = Math.sin(epsKm / EARTH_RADIUS_KM / 2);
        double threshold = 4 * half * half;
        core = new boolean[n];
        for (int i = 0; i < n; i++) {
            int units = 0;
            double weight = 0;
            for (int j = 0; j < n; j++) {
                if (chord(v[i], v[j]) <= threshold) {
                    units++;
                    weight += weights == null ? 1 : weights[j];
                }
            }
            core[i] = units >= minUnits && (minWeight <= 0 || weight >= minWeight);
        }
        cluster = new int[n];
        Arrays.fill(cluster, -1);
        int next = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (!core[i] || cluster[i] >= 0) {
                continue;
            }
            cluster[i] = next;
            queue.add(i);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                for (int q = 0; q < n; q++) {
                    if (core[q] && cluster[q] < 0 && chord(v[p], v[q]) <= threshold) {
                        cluster[q] = next;
                        queue.add(q);
                    }
                }
            }
            next++;
        }
        for (int i = 0; i < n; i++) {
            if (core[i]) {
                continue;
            }
            double best = Double.POSITIVE_INFINITY;
            int bestCore = -1;
            for (int j = 0; j < n; j++) {
                if (core[j]) {
                    double d = chord(v[i], v[j]);
                    if (d <= threshold && d < best) {
                        best = d;
                        bestCore = j;
                    }
                }
            }
            cluster[i] = bestCore < 0 ? -1 : cluster[bestCore];
        }
    }

    private static double chord(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        double dz = a[2] - b[2];
        return dx * dx + dy * dy + dz * dz;
    }
}
