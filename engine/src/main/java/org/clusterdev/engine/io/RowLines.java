package org.clusterdev.engine.io;

import java.util.Arrays;

/**
 * The line of each row kept from a file, held sparsely: a row's line is its number plus an offset that changes
 * only after a bad row, a blank line or a field spanning lines, so only those changes are stored.
 */
final class RowLines {

    private int[] rows = new int[16];
    private long[] offsets = new long[16];
    private int changes;

    /** Records the line of the next row kept; rows come in order. */
    void add(int row, long line) {
        long offset = line - row;
        if (changes > 0 && offsets[changes - 1] == offset) {
            return;
        }
        if (changes == rows.length) {
            rows = Arrays.copyOf(rows, 2 * changes);
            offsets = Arrays.copyOf(offsets, 2 * changes);
        }
        rows[changes] = row;
        offsets[changes] = offset;
        changes++;
    }

    /** The line of a row recorded. */
    long line(int row) {
        int at = Arrays.binarySearch(rows, 0, changes, row);
        return row + offsets[at >= 0 ? at : -at - 2];
    }
}
