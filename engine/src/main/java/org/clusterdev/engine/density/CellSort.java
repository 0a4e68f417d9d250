package org.clusterdev.engine.density;

import java.util.Arrays;
import org.clusterdev.engine.Parallelism;

/**
 * Sorts the points of a {@link PointSet} by grid cell (row, then column) with a stable least-significant-digit
 * radix sort of 11-bit digits, moving their coordinates along so that everything after the sort reads memory in
 * order. Histograms and scatter run per chunk of the input, in chunk order, so the result is the same for any
 * number of threads.
 */
final class CellSort {

    private static final int MAX_DIGIT_BITS = 11;

    private final CellGrid grid;
    private final int rowMin;
    private final int colMin;
    private final int colBits;
    private final int bits;

    /** The sorted points: cell keys, positions in the point set, latitudes and longitudes in degrees. */
    record Sorted(long[] keys, int[] positions, double[] latitudes, double[] longitudes) {}

    CellSort(CellGrid grid, int rowMin, int rowMax, int colMin, int colMax) {
        this.grid = grid;
        this.rowMin = rowMin;
        this.colMin = colMin;
        this.colBits = bitsFor(colMax - colMin);
        this.bits = colBits + bitsFor(rowMax - rowMin);
    }

    int rowOf(long key) {
        return (int) (key >>> colBits) + rowMin;
    }

    int colOf(long key) {
        return (int) (key & ((1L << colBits) - 1)) + colMin;
    }

    Sorted sort(PointSet points, Parallelism parallelism) {
        int n = points.size();
        if (bits <= 32 && !Boolean.getBoolean("carry")) {
            return sortPacked(points, parallelism);
        }
        Buffers initial = new Buffers(n);
        parallelism.forEachChunk(n, 1 << 14, (a, b) -> {
            for (int i = a; i < b; i++) {
                double lat = points.latitude(i);
                double lon = points.longitude(i);
                int row = grid.row(CellGrid.radians(lat));
                int col = grid.col(CellGrid.radians(lon));
                initial.keys[i] = ((long) (row - rowMin) << colBits) | (col - colMin);
                initial.positions[i] = i;
                initial.latitudes[i] = lat;
                initial.longitudes[i] = lon;
            }
        });
        Buffers from = initial;
        int passes = (bits + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS;
        if (passes == 0 || n < 2) {
            return from.sorted();
        }
        int digitBits = (bits + passes - 1) / passes;
        int chunks = Math.max(1, Math.min(parallelism.threads() * 4, n / 32768));
        int[][] counts = new int[chunks][1 << digitBits];
        Buffers to = null;
        for (int pass = 0; pass < passes; pass++) {
            int shift = pass * digitBits;
            Buffers source = from;
            parallelism.forEachChunk(chunks, 1, (a, b) -> {
                for (int c = a; c < b; c++) {
                    histogram(source.keys, n, chunks, c, counts[c], shift);
                }
            });
            if (singleBucket(counts, n)) {
                continue;
            }
            prefixSums(counts);
            Buffers target = to == null ? new Buffers(n) : to;
            parallelism.forEachChunk(chunks, 1, (a, b) -> {
                for (int c = a; c < b; c++) {
                    scatter(source, target, n, chunks, c, counts[c], shift);
                }
            });
            to = from;
            from = target;
        }
        return from.sorted();
    }

    /**
     * The usual case (a key of at most 32 bits): sorts one array of {@code key << 32 | position}, then gathers the
     * coordinates in sorted order. Moving 8 bytes per point in each pass and gathering once costs less than
     * moving 28.
     */
    private Sorted sortPacked(PointSet points, Parallelism parallelism) {
        int n = points.size();
        long[] packed = new long[n];
        parallelism.forEachChunk(n, 1 << 14, (a, b) -> {
            for (int i = a; i < b; i++) {
                int row = grid.row(CellGrid.radians(points.latitude(i)));
                int col = grid.col(CellGrid.radians(points.longitude(i)));
                long key = ((long) (row - rowMin) << colBits) | (col - colMin);
                packed[i] = key << 32 | i;
            }
        });
        long[] sorted = radix(packed, n, parallelism);
        long[] keys = new long[n];
        int[] positions = new int[n];
        double[] latitudes = new double[n];
        double[] longitudes = new double[n];
        parallelism.forEachChunk(n, 1 << 14, (a, b) -> {
            for (int i = a; i < b; i++) {
                long value = sorted[i];
                int position = (int) value;
                keys[i] = value >>> 32;
                positions[i] = position;
                latitudes[i] = points.latitude(position);
                longitudes[i] = points.longitude(position);
            }
        });
        return new Sorted(keys, positions, latitudes, longitudes);
    }

    /** LSD radix sort of the upper 32 bits; the lower 32 (positions, ascending) keep it stable. */
    private long[] radix(long[] values, int n, Parallelism parallelism) {
        int passes = (bits + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS;
        if (passes == 0 || n < 2) {
            return values;
        }
        int digitBits = (bits + passes - 1) / passes;
        int chunks = Math.max(1, Math.min(parallelism.threads() * 4, n / 32768));
        int[][] counts = new int[chunks][1 << digitBits];
        long[] from = values;
        long[] to = null;
        for (int pass = 0; pass < passes; pass++) {
            int shift = 32 + pass * digitBits;
            long[] source = from;
            parallelism.forEachChunk(chunks, 1, (a, b) -> {
                for (int c = a; c < b; c++) {
                    histogram(source, n, chunks, c, counts[c], shift);
                }
            });
            if (singleBucket(counts, n)) {
                continue;
            }
            prefixSums(counts);
            long[] target = to == null ? new long[n] : to;
            int mask = (1 << digitBits) - 1;
            parallelism.forEachChunk(chunks, 1, (a, b) -> {
                for (int c = a; c < b; c++) {
                    int[] next = counts[c];
                    int end = bound(n, chunks, c + 1);
                    for (int i = bound(n, chunks, c); i < end; i++) {
                        long value = source[i];
                        target[next[(int) (value >>> shift) & mask]++] = value;
                    }
                }
            });
            to = from;
            from = target;
        }
        return from;
    }

    private static void histogram(long[] keys, int n, int chunks, int c, int[] count, int shift) {
        Arrays.fill(count, 0);
        int mask = count.length - 1;
        int end = bound(n, chunks, c + 1);
        for (int i = bound(n, chunks, c); i < end; i++) {
            count[(int) (keys[i] >>> shift) & mask]++;
        }
    }

    private static void scatter(Buffers source, Buffers target, int n, int chunks, int c, int[] next, int shift) {
        int mask = next.length - 1;
        int end = bound(n, chunks, c + 1);
        long[] keys = source.keys;
        for (int i = bound(n, chunks, c); i < end; i++) {
            long key = keys[i];
            int slot = next[(int) (key >>> shift) & mask]++;
            target.keys[slot] = key;
            target.positions[slot] = source.positions[i];
            target.latitudes[slot] = source.latitudes[i];
            target.longitudes[slot] = source.longitudes[i];
        }
    }

    private static void prefixSums(int[][] counts) {
        int offset = 0;
        for (int bucket = 0; bucket < counts[0].length; bucket++) {
            for (int[] count : counts) {
                int value = count[bucket];
                count[bucket] = offset;
                offset += value;
            }
        }
    }

    private static boolean singleBucket(int[][] counts, int n) {
        for (int bucket = 0; bucket < counts[0].length; bucket++) {
            int total = 0;
            for (int[] count : counts) {
                total += count[bucket];
            }
            if (total > 0) {
                return total == n;
            }
        }
        return true;
    }

    private static int bound(int n, int chunks, int c) {
        return (int) ((long) n * c / chunks);
    }

    private static int bitsFor(int maxValue) {
        return maxValue == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(maxValue);
    }

    private static final class Buffers {
        final long[] keys;
        final int[] positions;
        final double[] latitudes;
        final double[] longitudes;

        Buffers(int n) {
            keys = new long[n];
            positions = new int[n];
            latitudes = new double[n];
            longitudes = new double[n];
        }

        Sorted sorted() {
            return new Sorted(keys, positions, latitudes, longitudes);
        }
    }
}
