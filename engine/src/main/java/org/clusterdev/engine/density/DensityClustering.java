package org.clusterdev.engine.density;

import java.util.Arrays;
import org.clusterdev.engine.Parallelism;

/**
 * Exact density-based clustering (DBSCAN) of points on the sphere with the great-circle distance; see the
 * package documentation for the method. Thread-safe: one instance can cluster several point sets at once.
 */
public final class DensityClustering {

    private final DensityParameters parameters;

    /** A clustering with the given radius and thresholds. */
    public DensityClustering(DensityParameters parameters) {
        this.parameters = parameters;
    }

    /** The radius and thresholds. */
    public DensityParameters parameters() {
        return parameters;
    }

    /**
     * Clusters the points.
     *
     * @param points the points; weights are needed when the parameters have a weight condition
     * @param parallelism the threads to use; the result is the same for any number
     * @return the cluster and core flag of every point, by position in {@code points}
     * @throws IllegalArgumentException when a coordinate is out of range, or weights are missing but needed
     */
    public DensityLabels cluster(PointSet points, Parallelism parallelism) {
        if (parameters.weighted() && !points.hasWeights()) {
            throw new IllegalArgumentException(
                    "weights: minWeight " + parameters.minWeight() + " needs a weight for every point");
        }
        long start = System.nanoTime();
        GriddedPoints gridded =
                GriddedPoints.build(points, new CellGrid(parameters.epsKm()), parameters.weighted(), parallelism);
        long sorted = System.nanoTime();
        byte[] core = CoreMarking.mark(gridded, parameters, parallelism);
        long cored = System.nanoTime();
        int[] coreCount = CellLinking.countCore(gridded, core, parallelism);
        byte[] nearCore = new byte[gridded.cellCount];
        ConcurrentUnionFind sets = CellLinking.link(gridded, core, coreCount, nearCore, parallelism);
        long linked = System.nanoTime();
        int[] anchors = BorderAssignment.anchor(gridded, core, coreCount, nearCore, parallelism);
        long anchored = System.nanoTime();
        DensityLabels labels = label(gridded, core, sets, anchors, parallelism);
        long labelled = System.nanoTime();
        labels.times = new PhaseTimes(
                (sorted - start) / 1e9,
                (cored - sorted) / 1e9,
                (linked - cored) / 1e9,
                (anchored - linked) / 1e9,
                (labelled - anchored) / 1e9);
        return labels;
    }

    private static DensityLabels label(
            GriddedPoints g, byte[] core, ConcurrentUnionFind sets, int[] anchors, Parallelism parallelism) {
        int[] rootOfCell = new int[g.cellCount];
        parallelism.forEachChunk(g.cellCount, 1 << 14, (a, b) -> {
            for (int c = a; c < b; c++) {
                rootOfCell[c] = sets.find(c);
            }
        });
        int[] units = new int[g.cellCount];
        int[] earliest = new int[g.cellCount];
        Arrays.fill(earliest, Integer.MAX_VALUE);
        for (int p = 0; p < g.distinctCount; p++) {
            if (anchors[p] >= 0) {
                int root = rootOfCell[anchors[p]];
                units[root] += g.firmsAt(p);
                earliest[root] = Math.min(earliest[root], g.firstMember(p));
            }
        }
        int[] numbers = numberClusters(units, earliest);
        int clusterCount = 0;
        for (int number : numbers) {
            clusterCount = Math.max(clusterCount, number + 1);
        }
        int[] codes = new int[g.order.length];
        parallelism.forEachChunk(g.distinctCount, 1 << 12, (a, b) -> {
            for (int p = a; p < b; p++) {
                int cluster = anchors[p] < 0 ? DensityLabels.NOISE : numbers[rootOfCell[anchors[p]]];
                int code = DensityLabels.code(cluster, core[p] == 1);
                for (int slot = g.firmStart[p]; slot < g.firmStart[p + 1]; slot++) {
                    codes[g.order[slot]] = code;
                }
            }
        });
        return new DensityLabels(codes, clusterCount);
    }

    /** Cluster numbers by root cell: by units, largest first, then by earliest member; -1 for non-roots. */
    private static int[] numberClusters(int[] units, int[] earliest) {
        int roots = 0;
        for (int u : units) {
            roots += u > 0 ? 1 : 0;
        }
        Integer[] boxed = new Integer[roots];
        int k = 0;
        for (int cell = 0; cell < units.length; cell++) {
            if (units[cell] > 0) {
                boxed[k++] = cell;
            }
        }
        Arrays.sort(
                boxed,
                (a, b) -> units[a] != units[b]
                        ? Integer.compare(units[b], units[a])
                        : Integer.compare(earliest[a], earliest[b]));
        int[] numbers = new int[units.length];
        Arrays.fill(numbers, -1);
        for (int i = 0; i < roots; i++) {
            numbers[boxed[i]] = i;
        }
        return numbers;
    }
}
