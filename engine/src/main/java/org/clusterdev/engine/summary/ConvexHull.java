package org.clusterdev.engine.summary;

import java.util.Arrays;

/**
 * Convex hulls of planar points by Andrew's monotone chain, on a millimetre lattice: a point is one {@code long},
 * so sorting is a primitive sort, and the lattice changes an area by less than a square metre per kilometre of
 * perimeter.
 */
final class ConvexHull {

    private static final double MILLIMETRES = 1e6;

    private ConvexHull() {}

    /** A point in km, on a millimetre lattice, packed so that signed {@code long} order is (x, y) order. */
    static long pack(double x, double y) {
        long qx = (long) Math.rint(x * MILLIMETRES) + (1L << 31);
        long qy = (long) Math.rint(y * MILLIMETRES) + (1L << 31);
        return (qx << 32 | qy) ^ Long.MIN_VALUE;
    }

    static double x(long packed) {
        return (((packed ^ Long.MIN_VALUE) >>> 32) - (1L << 31)) / MILLIMETRES;
    }

    static double y(long packed) {
        return (((packed ^ Long.MIN_VALUE) & 0xFFFFFFFFL) - (1L << 31)) / MILLIMETRES;
    }

    /**
     * The vertices of the convex hull of packed points (sorted here, in place), counter-clockwise, by Andrew's
     * monotone chain; all of them when fewer than three.
     */
    static long[] vertices(long[] points) {
        int n = points.length;
        if (n < 3) {
            return points;
        }
        Arrays.sort(points);
        long[] hull = new long[2 * n];
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            int floor = k;
            for (int j = 0; j < n; j++) {
                long p = points[pass == 0 ? j : n - 1 - j];
                while (k >= floor + 2 && cross(hull[k - 2], hull[k - 1], p) <= 0) {
                    k--;
                }
                hull[k++] = p;
            }
            k--; // the last point of each chain starts the other
        }
        return Arrays.copyOf(hull, Math.max(k, 1));
    }

    private static long lx(long packed) {
        return (packed ^ Long.MIN_VALUE) >>> 32;
    }

    private static long ly(long packed) {
        return (packed ^ Long.MIN_VALUE) & 0xFFFFFFFFL;
    }

    /** The area, in km², of the convex hull of packed points (sorted here, in place). */
    static double area(long[] points) {
        long[] hull = vertices(points);
        if (hull.length < 3) {
            return 0;
        }
        double twice = 0;
        for (int i = 0; i < hull.length; i++) {
            long a = hull[i];
            long b = hull[(i + 1) % hull.length];
            twice += x(a) * y(b) - x(b) * y(a);
        }
        return Math.abs(twice) / 2;
    }

    /** The cross product of (b - a) and (c - a), exact in {@code long} arithmetic on the lattice. */
    private static double cross(long a, long b, long c) {
        long ax = (a ^ Long.MIN_VALUE) >>> 32;
        long ay = (a ^ Long.MIN_VALUE) & 0xFFFFFFFFL;
        long bx = (b ^ Long.MIN_VALUE) >>> 32;
        long by = (b ^ Long.MIN_VALUE) & 0xFFFFFFFFL;
        long cx = (c ^ Long.MIN_VALUE) >>> 32;
        long cy = (c ^ Long.MIN_VALUE) & 0xFFFFFFFFL;
        return (double) (bx - ax) * (cy - ay) - (double) (by - ay) * (cx - ax);
    }
}
