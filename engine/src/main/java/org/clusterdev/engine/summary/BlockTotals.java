package org.clusterdev.engine.summary;

import java.util.Arrays;

/** Sums and extreme points of one block for the clusters it touches. */
final class BlockTotals {
    final int[] slotOf;
    int[] touched = new int[16];
    int touchedCount;
    int[] units = new int[16];
    int[] core = new int[16];
    double[] amounts = new double[48];
    double[][] weights;
    double[] sums = new double[48];
    double[] extremeValue = new double[16 * FirmPasses.DIRECTIONS];
    double[] extremeX = new double[16 * FirmPasses.DIRECTIONS];
    double[] extremeY = new double[16 * FirmPasses.DIRECTIONS];
    final Tallies tallies = new Tallies(1 << 14);

    BlockTotals(int clusters, int weightColumns) {
        slotOf = new int[clusters];
        Arrays.fill(slotOf, -1);
        weights = new double[weightColumns][16];
    }

    int slot(int cluster) {
        int slot = slotOf[cluster];
        if (slot >= 0) {
            return slot;
        }
        slot = touchedCount++;
        if (slot == touched.length) {
            int grown = 2 * slot;
            touched = Arrays.copyOf(touched, grown);
            units = Arrays.copyOf(units, grown);
            core = Arrays.copyOf(core, grown);
            amounts = Arrays.copyOf(amounts, 3 * grown);
            sums = Arrays.copyOf(sums, 3 * grown);
            extremeValue = Arrays.copyOf(extremeValue, FirmPasses.DIRECTIONS * grown);
            extremeX = Arrays.copyOf(extremeX, FirmPasses.DIRECTIONS * grown);
            extremeY = Arrays.copyOf(extremeY, FirmPasses.DIRECTIONS * grown);
            for (int w = 0; w < weights.length; w++) {
                weights[w] = Arrays.copyOf(weights[w], grown);
            }
        }
        touched[slot] = cluster;
        slotOf[cluster] = slot;
        Arrays.fill(
                extremeValue,
                FirmPasses.DIRECTIONS * slot,
                FirmPasses.DIRECTIONS * (slot + 1),
                Double.NEGATIVE_INFINITY);
        return slot;
    }

    /** Keeps the point if it is the most extreme yet in a direction (ties: the smaller x, then y). */
    void offer(int slot, double x, double y) {
        for (int d = 0; d < FirmPasses.DIRECTIONS; d++) {
            double value = FirmPasses.along(d, x, y);
            int at = slot * FirmPasses.DIRECTIONS + d;
            if (value > extremeValue[at]
                    || (value == extremeValue[at] && FirmPasses.before(x, y, extremeX[at], extremeY[at]))) {
                extremeValue[at] = value;
                extremeX[at] = x;
                extremeY[at] = y;
            }
        }
    }

    void mergeInto(FirmPasses passes) {
        for (int slot = 0; slot < touchedCount; slot++) {
            int c = touched[slot];
            passes.units[c] += units[slot];
            passes.core[c] += core[slot];
            passes.employment[c] += amounts[3 * slot];
            passes.turnover[c] += amounts[3 * slot + 1];
            passes.exports[c] += amounts[3 * slot + 2];
            for (int w = 0; w < weights.length; w++) {
                passes.weights[w][c] += weights[w][slot];
            }
            passes.sums[3 * c] += sums[3 * slot];
            passes.sums[3 * c + 1] += sums[3 * slot + 1];
            passes.sums[3 * c + 2] += sums[3 * slot + 2];
            for (int d = 0; d < FirmPasses.DIRECTIONS; d++) {
                int from = slot * FirmPasses.DIRECTIONS + d;
                int to = c * FirmPasses.DIRECTIONS + d;
                if (extremeValue[from] > passes.extremeValue[to]
                        || (extremeValue[from] == passes.extremeValue[to]
                                && FirmPasses.before(
                                        extremeX[from], extremeY[from], passes.extremeX[to], passes.extremeY[to]))) {
                    passes.extremeValue[to] = extremeValue[from];
                    passes.extremeX[to] = extremeX[from];
                    passes.extremeY[to] = extremeY[from];
                }
            }
        }
        passes.tallies.addAll(tallies);
    }
}
