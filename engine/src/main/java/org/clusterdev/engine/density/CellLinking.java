package org.clusterdev.engine.density;

import org.clusterdev.engine.Parallelism;

/**
 * Joins cells that hold core points into clusters: two such cells belong together when a core point of one is
 * within eps of a core point of the other. Each pair of neighbouring cells is looked at once, from the cell that
 * comes first; pairs already in one set are skipped, pairs wholly within eps are joined at once, and the others
 * are searched point by point until the first pair within eps.
 */
final class CellLinking {

    private static final int POINT_BOUNDS_FROM = 8;

    private final GriddedPoints g;
    private final byte[] core;
    private final int[] coreCount;
    private final ConcurrentUnionFind sets;

    private CellLinking(GriddedPoints points, byte[] core, int[] coreCount, ConcurrentUnionFind sets) {
        this.g = points;
        this.core = core;
        this.coreCount = coreCount;
        this.sets = sets;
    }

    /**
     * The sets of cells; only cells with core points are joined to others. Sets {@code nearCore[d]} for every cell
     * {@code d} that may hold a point within eps of a core point: the only cells that can hold border points.
     */
    static ConcurrentUnionFind link(
            GriddedPoints points, byte[] core, int[] coreCount, byte[] nearCore, Parallelism parallelism) {
        ConcurrentUnionFind sets = new ConcurrentUnionFind(points.cellCount);
        CellLinking linking = new CellLinking(points, core, coreCount, sets);
        parallelism.forEachChunk(points.cellCount, 64, (a, b) -> linking.linkCells(a, b, nearCore));
        return sets;
    }

    /** The number of core points in each cell. */
    static int[] countCore(GriddedPoints points, byte[] core, Parallelism parallelism) {
        int[] counts = new int[points.cellCount];
        parallelism.forEachChunk(points.cellCount, 1024, (a, b) -> {
            for (int c = a; c < b; c++) {
                int count = 0;
                for (int p = points.cellStart[c]; p < points.cellStart[c + 1]; p++) {
                    count += core[p];
                }
                counts[c] = count;
            }
        });
        return counts;
    }

    private void linkCells(int from, int to, byte[] nearCore) {
        Neighbourhood hood = new Neighbourhood(g);
        for (int c = from; c < to; c++) {
            if (coreCount[c] == 0) {
                continue;
            }
            hood.collect(c);
            for (int r = 0; r < hood.runs; r++) {
                for (int d = hood.runFirst[r]; d < hood.runEnd[r]; d++) {
                    byte relation = hood.relation(r, d);
                    if (relation == CellGrid.APART) {
                        continue;
                    }
                    // a racy write, but every thread writes the same value and the phase ends with a join
                    nearCore[d] = 1;
                    if (d <= c || coreCount[d] == 0 || sets.same(c, d)) {
                        continue;
                    }
                    if (relation == CellGrid.WITHIN || anyCorePairWithin(c, d)) {
                        sets.union(c, d);
                    }
                }
            }
        }
    }

    private boolean anyCorePairWithin(int c, int d) {
        double chord = g.grid.chordSquared;
        double[] xyz = g.xyz;
        int start = g.cellStart[d];
        int end = g.cellStart[d + 1];
        boolean bounds = coreCount[d] >= POINT_BOUNDS_FROM;
        for (int p = g.cellStart[c]; p < g.cellStart[c + 1]; p++) {
            if (core[p] == 0) {
                continue;
            }
            if (bounds) {
                byte relation = g.classify(p, d);
                if (relation == CellGrid.WITHIN) {
                    return true;
                }
                if (relation == CellGrid.APART) {
                    continue;
                }
            }
            double px = xyz[3 * p];
            double py = xyz[3 * p + 1];
            double pz = xyz[3 * p + 2];
            for (int q = start; q < end; q++) {
                if (core[q] == 0) {
                    continue;
                }
                double dx = px - xyz[3 * q];
                double dy = py - xyz[3 * q + 1];
                double dz = pz - xyz[3 * q + 2];
                if (dx * dx + dy * dy + dz * dz <= chord) {
                    return true;
                }
            }
        }
        return false;
    }
}
