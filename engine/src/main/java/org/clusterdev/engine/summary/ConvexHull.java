package org.clusterdev.engine.summary;

import java.util.Arrays;

/**
 * The area of the convex hull of planar points: points inside the octagon of the extreme points in eight
 * directions are dropped first (Akl-Toussaint), then Andrew's monotone chain runs on the rest. One instance per
 * thread: it reuses its arrays.
 */
final class ConvexHull {

    private long[] order = new long[64];
    private double[] hullX = new double[64];
    private double[] hullY = new double[64];

    /** The area of the hull of points {@code (x[i], y[i])}, {@code i < n}; 0 for fewer than three. */
    double area(double[] x, double[] y, int n) {
        if (n < 3) {
            return 0;
        }
        int[] extremes = extremes(x, y, n);
        int kept = 0;
        if (order.length < n) {
            order = new long[n];
        }
        for (int i = 0; i < n; i++) {
            // the extreme points themselves are never strictly inside, so they are kept
            if (!insideOctagon(x, y, extremes, x[i], y[i])) {
                order[kept++] = i;
            }
        }
        Integer[] sorted = new Integer[kept];
        for (int i = 0; i < kept; i++) {
            sorted[i] = (int) order[i];
        }
        Arrays.sort(sorted, (a, b) -> x[a] != x[b] ? Double.compare(x[a], x[b]) : Double.compare(y[a], y[b]));
        return chainArea(x, y, sorted);
    }

    private static int[] extremes(double[] x, double[] y, int n) {
        int[] best = new int[8];
        double[] value = new double[8];
        Arrays.fill(value, Double.NEGATIVE_INFINITY);
        double[][] directions = {{1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}, {1, -1}};
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 8; d++) {
                double v = directions[d][0] * x[i] + directions[d][1] * y[i];
                if (v > value[d]) {
                    value[d] = v;
                    best[d] = i;
                }
            }
        }
        return best;
    }

    /** Strictly inside the polygon of the extreme points (in counter-clockwise order). */
    private static boolean insideOctagon(double[] x, double[] y, int[] extremes, double px, double py) {
        for (int d = 0; d < 8; d++) {
            int a = extremes[d];
            int b = extremes[(d + 1) % 8];
            double cross = (x[b] - x[a]) * (py - y[a]) - (y[b] - y[a]) * (px - x[a]);
            if (cross <= 0) {
                return false;
            }
        }
        return true;
    }

    private double chainArea(double[] x, double[] y, Integer[] sorted) {
        int n = sorted.length;
        if (hullX.length < 2 * n + 1) {
            hullX = new double[2 * n + 1];
            hullY = new double[2 * n + 1];
        }
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            int floor = k;
            for (int j = 0; j < n; j++) {
                int i = sorted[pass == 0 ? j : n - 1 - j];
                while (k >= floor + 2 && cross(k, x[i], y[i]) <= 0) {
                    k--;
                }
                hullX[k] = x[i];
                hullY[k] = y[i];
                k++;
            }
            k--; // the last point of each chain starts the other
        }
        double twice = 0;
        for (int i = 0; i < k; i++) {
            int j = (i + 1) % k;
            twice += hullX[i] * hullY[j] - hullX[j] * hullY[i];
        }
        return Math.abs(twice) / 2;
    }

    private double cross(int k, double px, double py) {
        return (hullX[k - 1] - hullX[k - 2]) * (py - hullY[k - 2])
                - (hullY[k - 1] - hullY[k - 2]) * (px - hullX[k - 2]);
    }
}
