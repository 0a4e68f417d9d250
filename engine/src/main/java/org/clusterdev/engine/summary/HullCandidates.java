package org.clusterdev.engine.summary;

import java.util.Arrays;

/** The extents and hull candidates of one block. */
final class HullCandidates {
    private final int[] slotOf;
    private int[] touched = new int[16];
    private double[] widest = new double[16];
    private int touchedCount;
    private int[] clusterOf = new int[64];
    private long[] points = new long[64];
    private int size;

    HullCandidates(int clusters) {
        slotOf = new int[clusters];
        Arrays.fill(slotOf, -1);
    }

    void extent(int cluster, double chord) {
        int slot = slotOf[cluster];
        if (slot < 0) {
            slot = touchedCount++;
            if (slot == touched.length) {
                touched = Arrays.copyOf(touched, 2 * slot);
                widest = Arrays.copyOf(widest, 2 * slot);
            }
            touched[slot] = cluster;
            widest[slot] = 0;
            slotOf[cluster] = slot;
        }
        widest[slot] = Math.max(widest[slot], chord);
    }

    void keep(int cluster, long point) {
        if (size == points.length) {
            points = Arrays.copyOf(points, 2 * size);
            clusterOf = Arrays.copyOf(clusterOf, 2 * size);
        }
        clusterOf[size] = cluster;
        points[size++] = point;
    }

    void mergeInto(FirmPasses passes, long[][] kept, int[] count) {
        for (int slot = 0; slot < touchedCount; slot++) {
            int c = touched[slot];
            passes.extentChord[c] = Math.max(passes.extentChord[c], widest[slot]);
        }
        for (int i = 0; i < size; i++) {
            int c = clusterOf[i];
            if (count[c] == kept[c].length) {
                kept[c] = Arrays.copyOf(kept[c], 2 * count[c]);
            }
            kept[c][count[c]++] = points[i];
        }
    }
}
