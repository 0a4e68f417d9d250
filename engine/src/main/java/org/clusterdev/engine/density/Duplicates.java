package org.clusterdev.engine.density;

import java.util.Arrays;

/**
 * Groups the firm slots of one cell (positions and coordinates, sorted by cell) by identical coordinates, so that duplicates become adjacent, in the order
 * of their first appearance (a stable reordering). Small cells compare every pair; larger ones use an
 * open-addressing hash table. One instance per thread: it reuses its scratch arrays.
 */
final class Duplicates {

    private static final int QUADRATIC_LIMIT = 12;

    private final double[] latitudes;
    private final double[] longitudes;
    private final int[] order;
    private int[] ids = new int[64];
    private int[] firstSlot = new int[64];
    private int[] counts = new int[64];
    private int[] scratch = new int[64];
    private double[] scratchLat = new double[64];
    private double[] scratchLon = new double[64];
    private int[] table = new int[128];

    Duplicates(double[] latitudes, double[] longitudes, int[] order) {
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        this.order = order;
    }

    /** Makes duplicates adjacent in {@code order[from..to)} and returns the number of distinct coordinates. */
    int group(int from, int to) {
        int m = to - from;
        if (m == 1) {
            return 1;
        }
        ensure(m);
        int distinct = m <= QUADRATIC_LIMIT ? assignByComparison(from, m) : assignByHash(from, m);
        if (distinct < m) {
            reorder(from, m, distinct);
        }
        return distinct;
    }

    private int assignByComparison(int from, int m) {
        int distinct = 0;
        for (int i = 0; i < m; i++) {
            double lat = latitudes[from + i];
            double lon = longitudes[from + i];
            int id = -1;
            for (int d = 0; d < distinct; d++) {
                int other = firstSlot[d];
                if (latitudes[other] == lat && longitudes[other] == lon) {
                    id = d;
                    break;
                }
            }
            if (id < 0) {
                id = distinct++;
                firstSlot[id] = from + i;
            }
            ids[i] = id;
        }
        return distinct;
    }

    private int assignByHash(int from, int m) {
        int capacity = Integer.highestOneBit(m) << 2;
        if (table.length < capacity) {
            table = new int[capacity];
        }
        Arrays.fill(table, 0, capacity, 0);
        int mask = capacity - 1;
        int distinct = 0;
        for (int i = 0; i < m; i++) {
            double lat = latitudes[from + i];
            double lon = longitudes[from + i];
            int h = hash(lat, lon) & mask;
            int id;
            while (true) {
                int entry = table[h];
                if (entry == 0) {
                    id = distinct++;
                    firstSlot[id] = from + i;
                    table[h] = id + 1;
                    break;
                }
                int other = firstSlot[entry - 1];
                if (latitudes[other] == lat && longitudes[other] == lon) {
                    id = entry - 1;
                    break;
                }
                h = (h + 1) & mask;
            }
            ids[i] = id;
        }
        return distinct;
    }

    private static int hash(double lat, double lon) {
        // + 0.0 turns -0.0 into 0.0: the same place, compared with ==
        long bits = Double.doubleToLongBits(lat + 0.0) * 0x9E3779B97F4A7C15L
                ^ Double.doubleToLongBits(lon + 0.0) * 0xC2B2AE3D27D4EB4FL;
        return (int) (bits ^ (bits >>> 29) ^ (bits >>> 47));
    }

    private void reorder(int from, int m, int distinct) {
        Arrays.fill(counts, 0, distinct, 0);
        for (int i = 0; i < m; i++) {
            counts[ids[i]]++;
        }
        int offset = 0;
        for (int d = 0; d < distinct; d++) {
            int count = counts[d];
            counts[d] = offset;
            offset += count;
        }
        for (int i = 0; i < m; i++) {
            int slot = counts[ids[i]]++;
            scratch[slot] = order[from + i];
            scratchLat[slot] = latitudes[from + i];
            scratchLon[slot] = longitudes[from + i];
        }
        System.arraycopy(scratch, 0, order, from, m);
        System.arraycopy(scratchLat, 0, latitudes, from, m);
        System.arraycopy(scratchLon, 0, longitudes, from, m);
    }

    private void ensure(int m) {
        if (ids.length < m) {
            int size = Math.max(m, ids.length * 2);
            ids = new int[size];
            firstSlot = new int[size];
            counts = new int[size];
            scratch = new int[size];
            scratchLat = new double[size];
            scratchLon = new double[size];
        }
    }
}
