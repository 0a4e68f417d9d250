package org.clusterdev.engine.density;

import static org.clusterdev.engine.geo.GreatCircle.EARTH_RADIUS_KM;

/**
 * The geometry of the latitude/longitude grid for one radius eps: cell size, the cell of a coordinate, how far
 * the neighbourhood of a cell reaches, and conservative bounds that decide whether all or none of the pairs
 * between two cells (or between a point and a cell) are within eps.
 *
 * <p>A cell is {@code side = (eps/R)/sqrt(2)} radians in latitude and in longitude, shrunk by one part in a
 * million. Then any two points of a cell are within eps at every latitude: by the haversine formula,
 * {@code hav(d) <= 2 hav(side) - hav(side)^2 < hav(sqrt(2) side)}. The shrinking leaves room for the rounding of
 * a coordinate that lies on a cell edge.
 *
 * <p>The bounds use {@code hav(d) = hav(dLat) + cos(lat1) cos(lat2) hav(dLon)} with each term bounded from below
 * or above, and {@code (x/2)^2 (1 - x^2/24)^2 <= hav(x) <= (x/2)^2}, and they only decide when they clear the
 * threshold by a relative margin of 1e-9: what they accept or reject, the exact chord test would have accepted or
 * rejected too.
 */
final class CellGrid {

    /** No pair of points of the two cells is within eps. */
    static final byte APART = 0;
    /** Some pairs may be within eps: compare distances. */
    static final byte PARTLY = 1;
    /** Every pair of points of the two cells is within eps. */
    static final byte WITHIN = 2;

    /** Column reach meaning every column of the row. */
    static final int ALL_COLUMNS = Integer.MAX_VALUE;

    private static final double HALF_PI = Math.PI / 2;
    private static final double SHRINK = 1 - 1e-6;
    /** How far, in radians, a computed coordinate may lie outside the cell it was put in. */
    private static final double SLACK = 1e-13;

    private static final double MARGIN = 1e-9;

    final double angle;
    final double side;
    private final double perSide;
    final double chordSquared;
    final double havEps;
    final int rows;
    final int cols;
    final int rowReach;
    private final double acceptBelow;
    private final double rejectAbove;

    CellGrid(double epsKm) {
        angle = epsKm / EARTH_RADIUS_KM;
        side = angle / Math.sqrt(2) * SHRINK;
        perSide = 1 / side;
        double half = Math.sin(angle / 2);
        chordSquared = 4 * half * half;
        havEps = half * half;
        acceptBelow = havEps * (1 - MARGIN);
        rejectAbove = havEps * (1 + MARGIN);
        rows = (int) Math.ceil(Math.PI / side);
        cols = (int) Math.ceil(2 * Math.PI / side);
        rowReach = (int) Math.ceil(angle / side * (1 + 1e-9));
    }

    /** Degrees to radians; every part of the engine converts with this one expression. */
    static double radians(double degrees) {
        return degrees * (Math.PI / 180);
    }

    int row(double phi) {
        int r = (int) Math.floor((phi + HALF_PI) * perSide);
        return r < 0 ? 0 : Math.min(r, rows - 1);
    }

    int col(double lambda) {
        int c = (int) Math.floor((lambda + Math.PI) * perSide);
        if (c >= cols) {
            c -= cols;
        } else if (c < 0) {
            c += cols;
        }
        return c;
    }

    double rowLow(int row) {
        return Math.max(-HALF_PI, -HALF_PI + row * side - SLACK);
    }

    double rowHigh(int row) {
        return row == rows - 1 ? HALF_PI : Math.min(HALF_PI, -HALF_PI + (row + 1) * side + SLACK);
    }

    double colLow(int col) {
        return -Math.PI + col * side - SLACK;
    }

    double colHigh(int col) {
        return col == cols - 1 ? Math.PI + SLACK : -Math.PI + (col + 1) * side + SLACK;
    }

    /** The smallest cosine of a latitude in the row. */
    double minCos(int row) {
        return Math.max(0, Math.cos(Math.max(Math.abs(rowLow(row)), Math.abs(rowHigh(row)))));
    }

    /** The largest cosine of a latitude in the row. */
    double maxCos(int row) {
        double low = rowLow(row);
        double high = rowHigh(row);
        return low <= 0 && high >= 0 ? 1 : Math.cos(Math.min(Math.abs(low), Math.abs(high)));
    }

    /**
     * How many columns to either side a point of one row may reach in another, given the smallest cosines of the
     * two rows' latitudes, or {@link #ALL_COLUMNS}: from {@code hav(dLon) <= hav(eps) / (cos(lat1) cos(lat2))}.
     */
    int columnReach(double minCosA, double minCosB) {
        double cosines = minCosA * minCosB;
        if (cosines <= havEps) {
            return ALL_COLUMNS;
        }
        double dLon = 2 * Math.asin(Math.sqrt(havEps / cosines));
        long reach = (long) Math.ceil(dLon / side * (1 + 1e-9) + 1e-9);
        return 2 * reach + 1 >= cols ? ALL_COLUMNS : (int) reach;
    }

    /** The columns between two columns, the short way round the globe. */
    int columnDistance(int a, int b) {
        int d = Math.abs(a - b);
        return Math.min(d, cols - d);
    }

    /** Whether the short way between two columns crosses the antimeridian. */
    boolean acrossSeam(int a, int b) {
        return Math.abs(a - b) > cols - Math.abs(a - b);
    }

    /**
     * How the points of two cells relate, given the rows apart ({@code dr}), the columns apart ({@code dc}, the
     * short way), whether that way crosses the antimeridian, and the rows' smallest and largest cosines.
     */
    byte classifyCells(
            int dr, int dc, boolean acrossSeam, double minCosA, double minCosB, double maxCosA, double maxCosB) {
        double gapLat = Math.max(0, (dr - 1) * side - 2 * SLACK);
        // the last column is narrower than the others: across the seam, count one column less of gap
        double gapLon = Math.max(0, (dc - (acrossSeam ? 2 : 1)) * side - 2 * SLACK);
        double lower = havLower(gapLat) + minCosA * minCosB * havLower(gapLon);
        if (lower > rejectAbove) {
            return APART;
        }
        double spanLat = Math.min(Math.PI, (dr + 1) * side + 2 * SLACK);
        double spanLon = Math.min(Math.PI, (dc + 1) * side + 2 * SLACK);
        double upper = havUpper(spanLat) + maxCosA * maxCosB * havUpper(spanLon);
        return upper <= acceptBelow ? WITHIN : PARTLY;
    }

    /**
     * How a point ({@code phi}, {@code lambda} in radians, {@code cosPhi} its latitude's cosine) relates to the
     * points of the cell at ({@code row}, {@code col}); {@code minCos} and {@code maxCos} are the row's
     * {@link #minCos(int)} and {@link #maxCos(int)}, passed in because this runs in inner loops.
     */
    byte classifyPoint(double phi, double lambda, double cosPhi, int row, int col, double minCos, double maxCos) {
        double low = rowLow(row);
        double high = rowHigh(row);
        double gapLat = Math.max(0, Math.max(low - phi, phi - high));
        double spanLat = Math.max(phi - low, high - phi);
        double west = colLow(col);
        double east = colHigh(col);
        double toWest = angularDistance(lambda, west);
        double toEast = angularDistance(lambda, east);
        double gapLon = lambda >= west && lambda <= east ? 0 : Math.min(toWest, toEast);
        double spanLon = Math.max(toWest, toEast);
        double antipode = lambda > 0 ? lambda - Math.PI : lambda + Math.PI;
        if (antipode >= west && antipode <= east) {
            spanLon = Math.PI;
        }
        double lower = havLower(gapLat) + cosPhi * minCos * havLower(gapLon);
        if (lower > rejectAbove) {
            return APART;
        }
        double upper = havUpper(spanLat) + cosPhi * maxCos * havUpper(spanLon);
        return upper <= acceptBelow ? WITHIN : PARTLY;
    }

    private static double angularDistance(double a, double b) {
        double d = Math.abs(a - b);
        return d > Math.PI ? 2 * Math.PI - d : d;
    }

    /** A lower bound of hav(x) = sin^2(x/2) for 0 <= x <= pi, from sin(y) >= y - y^3/6. */
    static double havLower(double x) {
        double y = x / 2;
        double s = y - y * y * y / 6;
        return s * s;
    }

    /** An upper bound of hav(x) = sin^2(x/2), from sin(y) <= y. */
    static double havUpper(double x) {
        double y = x / 2;
        return y * y;
    }
}
