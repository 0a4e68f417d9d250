package org.clusterdev.engine.density;

import java.util.Arrays;
import org.clusterdev.engine.Parallelism;

/**
 * Anchors every distinct point to a cell: a core point to its own cell, a border point to the cell of its nearest
 * core point within eps (on equal distance, the core point whose first firm comes first in the input), and noise
 * to no cell ({@code -1}).
 */
final class BorderAssignment {

    private static final int POINT_BOUNDS_FROM = 8;

    private final GriddedPoints g;
    private final byte[] core;
    private final int[] coreCount;
    private final byte[] nearCore;

    private BorderAssignment(GriddedPoints points, byte[] core, int[] coreCount, byte[] nearCore) {
        this.g = points;
        this.core = core;
        this.coreCount = coreCount;
        this.nearCore = nearCore;
    }

    /** The anchor cell of each distinct point, {@code -1} for noise; only cells near core points are searched. */
    static int[] anchor(GriddedPoints points, byte[] core, int[] coreCount, byte[] nearCore, Parallelism parallelism) {
        int[] anchors = new int[points.distinctCount];
        BorderAssignment assignment = new BorderAssignment(points, core, coreCount, nearCore);
        parallelism.forEachChunk(points.cellCount, 64, (a, b) -> assignment.anchorCells(a, b, anchors));
        return anchors;
    }

    private void anchorCells(int from, int to, int[] anchors) {
        Neighbourhood hood = new Neighbourhood(g);
        int[] candidates = new int[32];
        for (int c = from; c < to; c++) {
            int start = g.cellStart[c];
            int end = g.cellStart[c + 1];
            if (coreCount[c] == end - start) {
                Arrays.fill(anchors, start, end, c);
                continue;
            }
            if (nearCore[c] == 0) {
                Arrays.fill(anchors, start, end, -1);
                continue;
            }
            hood.collect(c);
            int count = 0;
            for (int r = 0; r < hood.runs; r++) {
                for (int d = hood.runFirst[r]; d < hood.runEnd[r]; d++) {
                    if (coreCount[d] > 0 && hood.relation(r, d) != CellGrid.APART) {
                        if (count == candidates.length) {
                            candidates = Arrays.copyOf(candidates, 2 * count);
                        }
                        candidates[count++] = d;
                    }
                }
            }
            for (int p = start; p < end; p++) {
                anchors[p] = core[p] == 1 ? c : nearestCoreCell(p, c, candidates, count);
            }
        }
    }

    private int nearestCoreCell(int p, int own, int[] candidates, int count) {
        double[] xyz = g.xyz;
        double px = xyz[3 * p];
        double py = xyz[3 * p + 1];
        double pz = xyz[3 * p + 2];
        double best = g.grid.chordSquared;
        int bestMember = Integer.MAX_VALUE;
        int bestCell = -1;
        for (int k = 0; k < count; k++) {
            int d = candidates[k];
            if (d != own && coreCount[d] >= POINT_BOUNDS_FROM && g.classify(p, d) == CellGrid.APART) {
                continue;
            }
            for (int q = g.cellStart[d]; q < g.cellStart[d + 1]; q++) {
                if (core[q] == 0) {
                    continue;
                }
                double dx = px - xyz[3 * q];
                double dy = py - xyz[3 * q + 1];
                double dz = pz - xyz[3 * q + 2];
                double chord = dx * dx + dy * dy + dz * dz;
                if (chord < best || (chord == best && g.firstMember(q) < bestMember)) {
                    best = chord;
                    bestMember = g.firstMember(q);
                    bestCell = d;
                }
            }
        }
        return bestCell;
    }
}
