package org.clusterdev.engine.firms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.clusterdev.engine.Parallelism;

/**
 * Finds the rows of a table whose id an earlier row has. Ids are hashed in parallel, rows are partitioned by the
 * leading bits of their hash (a counting sort, so each part keeps the rows in order), and each part goes through
 * its own open-addressing table of primitive slots small enough to stay in the processor's cache: no
 * {@code String} and no boxed number per row, and no random access into a table as large as the file.
 */
public final class RepeatedIds {

    /** Rows per part, about: a part's table of twice as many slots then takes some hundred kilobytes. */
    private static final int ROWS_PER_PART = 8192;

    /**
     * Rows whose id an earlier row has.
     *
     * @param rows the repeating rows, ascending
     * @param firsts for each of them, the first row with the same id
     */
    public record Repeats(int[] rows, int[] firsts) {

        /** The number of repeating rows. */
        public int count() {
            return rows.length;
        }
    }

    private RepeatedIds() {}

    /** The rows of the table assembled so far whose id an earlier row has. */
    public static Repeats find(FirmsAssembly table, Parallelism parallelism) {
        int size = table.size;
        byte[] bytes = table.idBytes;
        int[] start = table.idStart;
        int[] hashes = new int[size];
        parallelism.forEachChunk(size, 1 << 16, (from, to) -> {
            for (int row = from; row < to; row++) {
                hashes[row] = Dictionary.hash(bytes, start[row], start[row + 1]);
            }
        });
        int bits = Math.min(16, 32 - Integer.numberOfLeadingZeros(size / ROWS_PER_PART));
        int[] partStart = new int[(1 << bits) + 1];
        for (int row = 0; row < size; row++) {
            partStart[part(hashes[row], bits) + 1]++;
        }
        for (int p = 0; p < 1 << bits; p++) {
            partStart[p + 1] += partStart[p];
        }
        int[] order = new int[size];
        int[] next = Arrays.copyOf(partStart, 1 << bits);
        for (int row = 0; row < size; row++) {
            order[next[part(hashes[row], bits)]++] = row;
        }
        Scan scan = new Scan(bytes, start, hashes, order, partStart);
        int stripes = Math.min(1 << bits, parallelism.threads() * 4);
        List<Supplier<long[]>> tasks = new ArrayList<>();
        for (int s = 0; s < stripes; s++) {
            int from = (int) ((long) (1 << bits) * s / stripes);
            int to = (int) ((long) (1 << bits) * (s + 1) / stripes);
            tasks.add(() -> scan.parts(from, to));
        }
        long[] pairs = parallelism.all(tasks).stream()
                .flatMapToLong(Arrays::stream)
                .sorted()
                .toArray();
        int[] rows = new int[pairs.length];
        int[] firsts = new int[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            rows[i] = (int) (pairs[i] >>> 32);
            firsts[i] = (int) pairs[i];
        }
        return new Repeats(rows, firsts);
    }

    private static int part(int hash, int bits) {
        return bits == 0 ? 0 : hash >>> (32 - bits);
    }

    /** Goes through parts of the rows, each with a table of its own. */
    private record Scan(byte[] bytes, int[] start, int[] hashes, int[] order, int[] partStart) {

        /** The repeats in parts {@code [from, to)}, each as its row in the high and its first row in the low half. */
        long[] parts(int from, int to) {
            int largest = 0;
            for (int p = from; p < to; p++) {
                largest = Math.max(largest, partStart[p + 1] - partStart[p]);
            }
            long[] slots = new long[Integer.highestOneBit(Math.max(8, 2 * largest) - 1) << 1];
            int mask = slots.length - 1;
            long[] found = new long[16];
            int count = 0;
            for (int p = from; p < to; p++) {
                Arrays.fill(slots, 0);
                for (int k = partStart[p]; k < partStart[p + 1]; k++) {
                    int row = order[k];
                    int first = addIfNew(slots, mask, row);
                    if (first >= 0) {
                        if (count == found.length) {
                            found = Arrays.copyOf(found, 2 * count);
                        }
                        found[count++] = ((long) row << 32) | first;
                    }
                }
            }
            return Arrays.copyOf(found, count);
        }

        /** Records a row's id in the part's table; returns the earlier row with that id, or -1 when new. */
        private int addIfNew(long[] slots, int mask, int row) {
            int hash = hashes[row];
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                long entry = slots[slot];
                if (entry == 0) {
                    slots[slot] = ((long) hash << 32) | (row + 1L);
                    return -1;
                }
                int other = (int) entry - 1;
                if ((int) (entry >>> 32) == hash
                        && Arrays.equals(bytes, start[other], start[other + 1], bytes, start[row], start[row + 1])) {
                    return other;
                }
            }
        }
    }
}
