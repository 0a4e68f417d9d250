package org.clusterdev.engine.density;

import java.util.Arrays;
import org.clusterdev.engine.Parallelism;

/**
 * Decides which distinct points are core points. A cell holding enough units (and weight) is core as a whole:
 * all its points are within eps of each other. Otherwise the runs of neighbouring cells are scanned point by
 * point; a large neighbouring cell is first tested as a whole against the point (wholly within eps: count all its
 * units; wholly out of reach: skip it). Each search stops as soon as the point is known to be core, or known not
 * to be because even all the units left in the remaining runs could not reach the threshold.
 */
final class CoreMarking {

    private static final int POINT_BOUNDS_FROM = 16;
    private static final int FLAT_RUN = 32;

    private final GriddedPoints g;
    private final int minUnits;
    private final double minWeight;
    /** The weight found by the last {@link #count}: one marking per thread, so a field will do. */
    private double foundWeight;

    private CoreMarking(GriddedPoints points, DensityParameters parameters) {
        this.g = points;
        this.minUnits = parameters.minUnits();
        this.minWeight = points.weighted ? parameters.minWeight() : 0;
    }

    /** One flag per distinct point: 1 for core. */
    static byte[] mark(GriddedPoints points, DensityParameters parameters, Parallelism parallelism) {
        byte[] core = new byte[points.distinctCount];
        parallelism.forEachChunk(
                points.cellCount, 256, (a, b) -> new CoreMarking(points, parameters).markCells(a, b, core));
        return core;
    }

    private void markCells(int from, int to, byte[] core) {
        Neighbourhood hood = new Neighbourhood(g);
        for (int c = from; c < to; c++) {
            if (enough(g.firms(c), weightOf(c))) {
                Arrays.fill(core, g.cellStart[c], g.cellStart[c + 1], (byte) 1);
                continue;
            }
            hood.collect(c);
            int around = 0;
            double aroundWeight = 0;
            for (int r = 0; r < hood.runs; r++) {
                around += runUnits(hood, r);
                aroundWeight += runWeight(hood, r);
            }
            if (!possible(around, aroundWeight)) {
                continue;
            }
            for (int p = g.cellStart[c]; p < g.cellStart[c + 1]; p++) {
                if (isCore(p, c, hood, around, aroundWeight)) {
                    core[p] = 1;
                }
            }
        }
    }

    /**
     * Counts the units within eps of point {@code p} of cell {@code c}, run by run, until the answer is known.
     * Small runs are scanned in one loop (the cell's own points are within eps by construction and count like
     * the others); in larger runs, the own cell is counted whole and large cells are bounded first.
     */
    private boolean isCore(int p, int c, Neighbourhood hood, int unitsLeft, double weightLeft) {
        // the cell itself first: all its points are within eps
        int units = g.firms(c);
        double weight = weightOf(c);
        unitsLeft -= units;
        weightLeft -= weight;
        if (enough(units, weight)) {
            return true;
        }
        int ownStart = g.cellStart[c];
        int ownEnd = g.cellStart[c + 1];
        // where units abound the point is probably core: search the nearest rows first, to get there sooner;
        // else the outer rows first, where most points out of reach are, to rule it out sooner
        boolean likelyCore = unitsLeft + units >= 2 * minUnits;
        for (int k = 0; k < hood.runs; k++) {
            int r = likelyCore ? hood.runs - 1 - k : k;
            int first = hood.runFirst[r];
            int end = hood.runEnd[r];
            int runUnits = runUnits(hood, r);
            double runWeight = runWeight(hood, r);
            boolean own = first <= c && c < end;
            unitsLeft -= own ? runUnits - g.firms(c) : runUnits;
            weightLeft -= own ? runWeight - weightOf(c) : runWeight;
            int from = g.cellStart[first];
            int to = g.cellStart[end];
            if (to - from <= FLAT_RUN) {
                if (own) {
                    units += count(p, from, ownStart);
                    weight += foundWeight;
                    from = ownEnd;
                }
                units += count(p, from, to);
                weight += foundWeight;
                if (enough(units, weight)) {
                    return true;
                }
            } else {
                for (int j = first; j < end; j++) {
                    if (j == c) {
                        continue;
                    }
                    int q = g.cellStart[j];
                    int qEnd = g.cellStart[j + 1];
                    if (qEnd - q >= POINT_BOUNDS_FROM) {
                        byte relation = hood.relation(r, j) == CellGrid.APART ? CellGrid.APART : g.classify(p, j);
                        if (relation == CellGrid.APART) {
                            continue;
                        }
                        if (relation == CellGrid.WITHIN) {
                            units += g.firms(j);
                            weight += weightOf(j);
                            if (enough(units, weight)) {
                                return true;
                            }
                            continue;
                        }
                    }
                    units += count(p, q, qEnd);
                    weight += foundWeight;
                    if (enough(units, weight)) {
                        return true;
                    }
                }
            }
            if (!possible(units + unitsLeft, weight + weightLeft)) {
                return false;
            }
        }
        return enough(units, weight);
    }

    /**
     * The units (and, in {@link #foundWeight}, the weight) of the points {@code [from, to)} within eps of {@code p}.
     * It does not stop early: a branch-free scan of a short range costs less than the checks would.
     */
    private int count(int p, int from, int to) {
        double chord = g.grid.chordSquared;
        double[] xyz = g.xyz;
        int[] firmStart = g.firmStart;
        double px = xyz[3 * p];
        double py = xyz[3 * p + 1];
        double pz = xyz[3 * p + 2];
        int units = 0;
        double weight = 0;
        for (int q = from; q < to; q++) {
            double dx = px - xyz[3 * q];
            double dy = py - xyz[3 * q + 1];
            double dz = pz - xyz[3 * q + 2];
            if (dx * dx + dy * dy + dz * dz <= chord) {
                units += firmStart[q + 1] - firmStart[q];
                if (g.weighted) {
                    weight += g.weight[q];
                }
            }
        }
        foundWeight = weight;
        return units;
    }

    private int runUnits(Neighbourhood hood, int r) {
        return g.cellFirmStart[hood.runEnd[r]] - g.cellFirmStart[hood.runFirst[r]];
    }

    private double runWeight(Neighbourhood hood, int r) {
        return g.weighted ? g.cellWeightPrefix[hood.runEnd[r]] - g.cellWeightPrefix[hood.runFirst[r]] : 0;
    }

    private double weightOf(int cell) {
        return g.weighted ? g.cellWeight[cell] : 0;
    }

    private boolean enough(int units, double weight) {
        return units >= minUnits && weight >= minWeight;
    }

    /** Whether a total could still reach the thresholds; generous by the rounding of summed weights. */
    private boolean possible(int units, double weight) {
        return units >= minUnits && weight >= minWeight - 1e-9 * Math.max(minWeight, Math.abs(weight));
    }
}
