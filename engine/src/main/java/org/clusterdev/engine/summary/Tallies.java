package org.clusterdev.engine.summary;

import java.util.Arrays;

/**
 * Counts by long key (a cluster and a value, packed), in an open-addressing table; per block of firms, then merged.
 */
final class Tallies {

    private static final long EMPTY = -1;

    private long[] keys;
    private int[] counts;
    private int size;

    /** An empty table with room for about half {@code capacity} keys (a power of two) before it grows. */
    Tallies(int capacity) {
        keys = new long[capacity];
        counts = new int[capacity];
        Arrays.fill(keys, EMPTY);
    }

    void add(long key, int count) {
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            if (++size * 2 > keys.length) {
                counts[slot] = count;
                grow();
                return;
            }
        }
        counts[slot] += count;
    }

    void addAll(Tallies other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != EMPTY) {
                add(other.keys[i], other.counts[i]);
            }
        }
    }

    /** Calls {@code visitor} for every key and count, in no particular order. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit(keys[i], counts[i]);
            }
        }
    }

    /** A key and its count. */
    @FunctionalInterface
    interface Visitor {
        void visit(long key, int count);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                add(oldKeys[i], oldCounts[i]);
            }
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 31);
    }
}
