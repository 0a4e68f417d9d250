package org.clusterdev.engine.density;

import java.util.Arrays;
import org.clusterdev.engine.Parallelism;

/**
 * Sorts the points of a {@link PointSet} by grid cell (row, then column), stably, moving their coordinates along
 * so that everything after the sort reads memory in order. Usually (up to 65,536 rows) a counting sort by row
 * scatters the points once into row buckets, and each bucket, small enough for the cache, is sorted by column;
 * with more rows, a least-significant-digit radix sort of the cell keys. Histograms and scatter run per chunk of
 * the input, in chunk order: the result is the same for any number of threads.
 */
final class CellSort {

    private static final int MAX_DIGIT_BITS = 11;

    private final CellGrid grid;
    private final int rowMin;
    private final int rows;
    private final int colMin;
    private final int colBits;
    private final int bits;

    /** The sorted points: cell keys, positions in the point set, latitudes and longitudes in degrees. */
    record Sorted(long[] keys, int keyShift, int[] intKeys, int[] positions, double[] latitudes, double[] longitudes) {

        /** The cell key of the {@code i}-th point. */
        long key(int i) {
            return intKeys != null ? intKeys[i] : keys[i] >>> keyShift;
        }
    }

    CellSort(CellGrid grid, int rowMin, int rowMax, int colMin, int colMax) {
        this.grid = grid;
        this.rowMin = rowMin;
        this.rows = rowMax - rowMin + 1;
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
        if (rows <= 1 << 16 && bits <= 31) {
            return sortByRows(points, parallelism);
        }
        if (bits <= 32) {
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

    /** Counting sort by row (one scatter), then each row's bucket by column. */
    private Sorted sortByRows(PointSet points, Parallelism parallelism) {
        int n = points.size();
        int chunks = Math.max(1, Math.min(parallelism.threads() * 4, n / 32768));
        int[][] counts = new int[chunks][rows];
        parallelism.forEachChunk(chunks, 1, (a, b) -> {
            for (int c = a; c < b; c++) {
                int end = bound(n, chunks, c + 1);
                for (int i = bound(n, chunks, c); i < end; i++) {
                    counts[c][grid.row(CellGrid.radians(points.latitude(i))) - rowMin]++;
                }
            }
        });
        int[] rowStart = new int[rows + 1];
        int offset = 0;
        for (int r = 0; r < rows; r++) {
            rowStart[r] = offset;
            for (int[] count : counts) {
                int value = count[r];
                count[r] = offset;
                offset += value;
            }
        }
        rowStart[rows] = n;
        int[] positions = new int[n];
        double[] latitudes = new double[n];
        double[] longitudes = new double[n];
        parallelism.forEachChunk(chunks, 1, (a, b) -> {
            for (int c = a; c < b; c++) {
                int[] next = counts[c];
                int end = bound(n, chunks, c + 1);
                for (int i = bound(n, chunks, c); i < end; i++) {
                    double lat = points.latitude(i);
                    int slot = next[grid.row(CellGrid.radians(lat)) - rowMin]++;
                    positions[slot] = i;
                    latitudes[slot] = lat;
                    longitudes[slot] = points.longitude(i);
                }
            }
        });
        int[] keys = new int[n];
        parallelism.forEachChunk(rows, 1, (a, b) -> {
            RowScratch scratch = new RowScratch();
            for (int r = a; r < b; r++) {
                sortRow(r, rowStart[r], rowStart[r + 1], keys, positions, latitudes, longitudes, scratch);
            }
        });
        return new Sorted(null, 0, keys, positions, latitudes, longitudes);
    }

    /**
     * Sorts one row's bucket by column, stably: a counting sort over the row's range of columns when it is not
     * much wider than the bucket is long, else a sort of packed (column, position in bucket) pairs.
     */
    private void sortRow(
            int row,
            int from,
            int to,
            int[] keys,
            int[] positions,
            double[] latitudes,
            double[] longitudes,
            RowScratch scratch) {
        int m = to - from;
        if (m == 0) {
            return;
        }
        scratch.ensure(m);
        int[] cols = scratch.cols;
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (int j = 0; j < m; j++) {
            int col = grid.col(CellGrid.radians(longitudes[from + j])) - colMin;
            cols[j] = col;
            low = Math.min(low, col);
            high = Math.max(high, col);
        }
        int width = high - low + 1;
        int[] target = scratch.target;
        if (width <= 4 * m + 1024) {
            int[] count = scratch.counts(width + 1);
            for (int j = 0; j < m; j++) {
                count[cols[j] - low + 1]++;
            }
            for (int k = 0; k < width; k++) {
                count[k + 1] += count[k];
            }
            for (int j = 0; j < m; j++) {
                target[count[cols[j] - low]++] = j;
            }
            Arrays.fill(count, 0, width + 1, 0);
        } else {
            long[] packed = scratch.packed;
            for (int j = 0; j < m; j++) {
                packed[j] = (long) cols[j] << 32 | j;
            }
            Arrays.sort(packed, 0, m);
            for (int j = 0; j < m; j++) {
                target[j] = (int) packed[j];
            }
        }
        for (int j = 0; j < m; j++) {
            int local = target[j];
            scratch.positions[j] = positions[from + local];
            scratch.latitudes[j] = latitudes[from + local];
            scratch.longitudes[j] = longitudes[from + local];
            keys[from + j] = row << colBits | cols[local];
        }
        System.arraycopy(scratch.positions, 0, positions, from, m);
        System.arraycopy(scratch.latitudes, 0, latitudes, from, m);
        System.arraycopy(scratch.longitudes, 0, longitudes, from, m);
    }

    /** Per-thread buffers for sorting rows. */
    private static final class RowScratch {
        long[] packed = new long[0];
        int[] cols = new int[0];
        int[] target = new int[0];
        int[] positions = new int[0];
        double[] latitudes = new double[0];
        double[] longitudes = new double[0];
        private int[] counts = new int[0];

        void ensure(int m) {
            if (packed.length < m) {
                int size = Math.max(m, 2 * packed.length);
                packed = new long[size];
                cols = new int[size];
                target = new int[size];
                positions = new int[size];
                latitudes = new double[size];
                longitudes = new double[size];
            }
        }

        /** Zeroed counters (callers zero them again after use). */
        int[] counts(int size) {
            if (counts.length < size) {
                counts = new int[Math.max(size, 2 * counts.length)];
            }
            return counts;
        }
    }

    /**
     * Many rows (tiny eps over a large area) but a key of at most 32 bits: sorts one array of {@code key << 32 | position}, then gathers the
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
        int[] positions = new int[n];
        double[] latitudes = new double[n];
        double[] longitudes = new double[n];
        parallelism.forEachChunk(n, 1 << 14, (a, b) -> {
            for (int i = a; i < b; i++) {
                long value = sorted[i];
                int position = (int) value;
                positions[i] = position;
                latitudes[i] = points.latitude(position);
                longitudes[i] = points.longitude(position);
            }
        });
        return new Sorted(sorted, 32, null, positions, latitudes, longitudes);
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
            return new Sorted(keys, 0, null, positions, latitudes, longitudes);
        }
    }
}
