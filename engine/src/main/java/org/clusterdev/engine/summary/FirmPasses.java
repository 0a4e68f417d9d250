package org.clusterdev.engine.summary;

import static org.clusterdev.engine.geo.GreatCircle.EARTH_RADIUS_KM;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.firms.WeightColumn;
import org.clusterdev.engine.geo.Trigonometry;
import org.clusterdev.engine.mapping.MappingResult;

/**
 * Everything the summaries need from the firms, gathered in two passes over the firm table in row order (memory
 * read in order, not member by member across the table).
 *
 * <ol>
 *   <li>Totals, tallies and unit-vector sums; and, for every fourth firm, its place in a Lambert azimuthal
 *       equal-area projection about its cluster's first member (equal-area anywhere, so the hull area does not
 *       depend on that choice), to find extreme points of each cluster in eight directions.
 *   <li>Each member's distance to its cluster's centroid (the extent), and the members outside the octagon of
 *       extreme points: only they can be vertices of the convex hull (Akl and Toussaint's heuristic).
 * </ol>
 *
 * <p>Firms go in fixed blocks whose results are merged in block order, so sums do not depend on the threads.
 * Projected points live on a millimetre lattice (see {@link ConvexHull}), so comparisons are exact.
 */
final class FirmPasses {

    private static final int BLOCK = 1 << 16;
    private static final int DIRECTIONS = 8;

    /** Tally kinds: a place (district and state together, one count for both tallies) and a NIC code. */
    static final int PLACE = 0;

    static final int NIC = 1;

    private final MappingResult result;
    private final Firms firms;
    private final int clusters;
    private final List<WeightColumn> weightColumns;
    private final WeightColumn[] weightArray;

    final int[] units;
    final int[] core;
    final double[] employment;
    final double[] turnover;
    final double[] exports;
    final double[][] weights;
    final double[] extentChord;
    final Tallies tallies = new Tallies(1 << 18);
    /** Per cluster: the hull candidates, as packed lattice points. */
    final List<long[]> hullPoints;

    private final double[] sums;
    private final double[] centroid;
    /** Per cluster: the projection's centre (first member), east and north, 3 each. */
    private final double[] frame;
    /** Per cluster and direction: the largest projection on the direction, and its point (east, north). */
    private final double[] extremeValue;

    private final double[] extremeX;
    private final double[] extremeY;
    /** Each firm's unit vector from pass 1, in single precision (about 0.4 m): pass 2 needs no trigonometry. */
    private final float[] unitVectors;

    FirmPasses(MappingResult result) {
        this.result = result;
        this.firms = result.firms();
        this.clusters = result.clusterCount();
        this.weightColumns = List.copyOf(firms.layout().weights());
        this.weightArray = weightColumns.toArray(WeightColumn[]::new);
        units = new int[clusters];
        core = new int[clusters];
        employment = new double[clusters];
        turnover = new double[clusters];
        exports = new double[clusters];
        weights = new double[weightColumns.size()][clusters];
        sums = new double[3 * clusters];
        centroid = new double[3 * clusters];
        frame = new double[9 * clusters];
        extentChord = new double[clusters];
        extremeValue = new double[DIRECTIONS * clusters];
        extremeX = new double[DIRECTIONS * clusters];
        extremeY = new double[DIRECTIONS * clusters];
        Arrays.fill(extremeValue, Double.NEGATIVE_INFINITY);
        unitVectors = new float[3 * firms.size()];
        hullPoints = new ArrayList<>(clusters);
    }

    List<WeightColumn> weightColumns() {
        return weightColumns;
    }

    /** Whether pass 1 computed a firm's unit vector: it did for the firms in some group. */
    boolean hasUnitVector(int firm) {
        return result.membershipCount(firm) > 0;
    }

    /** A firm's unit vector from pass 1 (single precision), into {@code v}. */
    void unitVector(int firm, double[] v) {
        v[0] = unitVectors[3 * firm];
        v[1] = unitVectors[3 * firm + 1];
        v[2] = unitVectors[3 * firm + 2];
    }

    void run(Parallelism parallelism) {
        frames();
        int blocks = (firms.size() + BLOCK - 1) / BLOCK;
        Totals[] totals = new Totals[blocks];
        parallelism.forEachChunk(blocks, 1, (a, b) -> {
            for (int block = a; block < b; block++) {
                totals[block] = totals(block);
            }
        });
        for (Totals block : totals) {
            block.mergeInto(this);
        }
        centroids();
        Candidates[] candidates = new Candidates[blocks];
        parallelism.forEachChunk(blocks, 1, (a, b) -> {
            for (int block = a; block < b; block++) {
                candidates[block] = candidates(block);
            }
        });
        long[][] kept = new long[clusters][];
        int[] count = new int[clusters];
        for (int c = 0; c < clusters; c++) {
            kept[c] = new long[DIRECTIONS + 8];
            for (int d = 0; d < DIRECTIONS; d++) {
                if (extremeValue[c * DIRECTIONS + d] > Double.NEGATIVE_INFINITY) {
                    kept[c][count[c]++] = ConvexHull.pack(extremeX[c * DIRECTIONS + d], extremeY[c * DIRECTIONS + d]);
                }
            }
        }
        for (Candidates block : candidates) {
            block.mergeInto(this, kept, count);
        }
        for (int c = 0; c < clusters; c++) {
            hullPoints.add(Arrays.copyOf(kept[c], count[c]));
        }
    }

    /** The projection frame of each cluster: centred on its first member. */
    private void frames() {
        double[] v = new double[3];
        for (int c = 0; c < clusters; c++) {
            if (result.size(c) == 0) {
                continue;
            }
            int first = result.firstMember(c);
            Trigonometry.unitVector(
                    Math.toRadians(firms.latitude(first)), Math.toRadians(firms.longitude(first)), v, 0);
            double x = (float) v[0];
            double y = (float) v[1];
            double z = (float) v[2];
            double horizontal = Math.hypot(x, y);
            double ex = horizontal < 1e-12 ? 0 : -y / horizontal;
            double ey = horizontal < 1e-12 ? 1 : x / horizontal;
            double[] f = {x, y, z, ex, ey, 0, -z * ey, z * ex, x * ey - y * ex};
            System.arraycopy(f, 0, frame, 9 * c, 9);
        }
    }

    /** Pass 1: units, core, money, weights, unit-vector sums, tallies and extreme points of one block. */
    private Totals totals(int block) {
        Totals totals = new Totals(clusters, weightColumns.size());
        double[] v = new double[3];
        double[] xy = new double[2];
        int end = Math.min(firms.size(), (block + 1) * BLOCK);
        for (int firm = block * BLOCK; firm < end; firm++) {
            int memberships = result.membershipCount(firm);
            if (memberships == 0) {
                continue;
            }
            Trigonometry.unitVector(Math.toRadians(firms.latitude(firm)), Math.toRadians(firms.longitude(firm)), v, 0);
            unitVectors[3 * firm] = (float) v[0];
            unitVectors[3 * firm + 1] = (float) v[1];
            unitVectors[3 * firm + 2] = (float) v[2];
            for (int k = 0; k < memberships; k++) {
                int cluster = result.membershipCluster(firm, k);
                if (cluster < 0) {
                    continue;
                }
                int slot = totals.slot(cluster);
                totals.units[slot]++;
                totals.core[slot] += result.membershipIsCore(firm, k) ? 1 : 0;
                totals.amounts[3 * slot] += firms.employment(firm);
                totals.amounts[3 * slot + 1] += firms.turnoverInr(firm);
                totals.amounts[3 * slot + 2] += firms.exportsInr(firm);
                for (int w = 0; w < weightArray.length; w++) {
                    totals.weights[w][slot] += firms.weight(weightArray[w], firm);
                }
                totals.sums[3 * slot] += v[0];
                totals.sums[3 * slot + 1] += v[1];
                totals.sums[3 * slot + 2] += v[2];
                if (firms.hasPlaces()) {
                    int place = (firms.districtIndex(firm) + 1) << 16 | (firms.stateIndex(firm) + 1);
                    totals.tallies.add(key(PLACE, cluster, place), 1);
                }
                totals.tallies.add(key(NIC, cluster, firms.nicIndex(firm) + 1), 1);
                if ((firm & 3) == 0) {
                    // the octagon of any subset of a cluster's points rules out the points inside it: a quarter
                    // of them makes nearly the same octagon for a quarter of the work
                    project(cluster, firm, xy);
                    totals.offer(slot, xy[0], xy[1]);
                }
            }
        }
        return totals;
    }

    /** Pass 2: the extent, and the members of one block outside their cluster's octagon of extreme points. */
    private Candidates candidates(int block) {
        Candidates candidates = new Candidates(clusters);
        double[] xy = new double[2];
        int end = Math.min(firms.size(), (block + 1) * BLOCK);
        for (int firm = block * BLOCK; firm < end; firm++) {
            int memberships = result.membershipCount(firm);
            for (int k = 0; k < memberships; k++) {
                int cluster = result.membershipCluster(firm, k);
                if (cluster < 0) {
                    continue;
                }
                double dx = unitVectors[3 * firm] - centroid[3 * cluster];
                double dy = unitVectors[3 * firm + 1] - centroid[3 * cluster + 1];
                double dz = unitVectors[3 * firm + 2] - centroid[3 * cluster + 2];
                candidates.extent(cluster, dx * dx + dy * dy + dz * dz);
                project(cluster, firm, xy);
                if (!insideOctagon(cluster, xy[0], xy[1])) {
                    candidates.keep(cluster, ConvexHull.pack(xy[0], xy[1]));
                }
            }
        }
        return candidates;
    }

    /** A firm (its single-precision unit vector) in its cluster's equal-area projection, km, into {@code xy}. */
    private void project(int c, int firm, double[] xy) {
        double x = unitVectors[3 * firm];
        double y = unitVectors[3 * firm + 1];
        double z = unitVectors[3 * firm + 2];
        int f = 9 * c;
        double dx = x - frame[f];
        double dy = y - frame[f + 1];
        double dz = z - frame[f + 2];
        // sqrt(2 / (1 + cos c)) with 1 - cos c = chord / 2: a short series near the centre, exact farther out
        double u = (dx * dx + dy * dy + dz * dz) / 2;
        double scale = EARTH_RADIUS_KM
                * (u < 1e-3
                        ? 1 + u * (0.25 + u * (3.0 / 32 + u * (5.0 / 128)))
                        : Math.sqrt(2 / Math.max(1e-12, 2 - u)));
        xy[0] = scale * (x * frame[f + 3] + y * frame[f + 4] + z * frame[f + 5]);
        xy[1] = scale * (x * frame[f + 6] + y * frame[f + 7] + z * frame[f + 8]);
    }

    /**
     * Inside the (counter-clockwise) octagon of a cluster's extreme points, by a margin (a square metre of
     * twice-area) that rounding cannot cross: a point this says is inside is not a hull vertex.
     */
    private boolean insideOctagon(int c, double px, double py) {
        for (int d = 0; d < DIRECTIONS; d++) {
            int a = c * DIRECTIONS + d;
            int b = c * DIRECTIONS + (d + 1) % DIRECTIONS;
            double cross =
                    (extremeX[b] - extremeX[a]) * (py - extremeY[a]) - (extremeY[b] - extremeY[a]) * (px - extremeX[a]);
            if (!(cross > 1e-6)) {
                return false;
            }
        }
        return true;
    }

    private void centroids() {
        for (int c = 0; c < clusters; c++) {
            double x = sums[3 * c];
            double y = sums[3 * c + 1];
            double z = sums[3 * c + 2];
            double norm = Math.sqrt(x * x + y * y + z * z);
            centroid[3 * c] = x / norm;
            centroid[3 * c + 1] = y / norm;
            centroid[3 * c + 2] = z / norm;
        }
    }

    /**
     * A tally key: kind (2 bits), cluster (30 bits), value (32 bits): a NIC number + 1, or a place, district + 1
     * in the upper 16 bits and state + 1 in the lower (0 for unknown).
     */
    static long key(int kind, int cluster, int value) {
        return (long) kind << 62 | (long) cluster << 32 | (value & 0xFFFFFFFFL);
    }

    static int kind(long key) {
        return (int) (key >>> 62);
    }

    static int cluster(long key) {
        return (int) ((key >>> 32) & ((1L << 30) - 1));
    }

    static int value(long key) {
        return (int) key;
    }

    /** A point's projection on one of eight directions: E, NE, N, NW, W, SW, S, SE (diagonals unnormalised). */
    private static double along(int direction, double x, double y) {
        return switch (direction) {
            case 0 -> x;
            case 1 -> x + y;
            case 2 -> y;
            case 3 -> y - x;
            case 4 -> -x;
            case 5 -> -x - y;
            case 6 -> -y;
            default -> x - y;
        };
    }

    private static boolean before(double x, double y, double otherX, double otherY) {
        return x < otherX || (x == otherX && y < otherY);
    }

    /** The distance in km of a cluster's farthest member from its centroid. */
    double extentKm(int c) {
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(extentChord[c]) / 2));
    }

    double[] centroid(int c) {
        return new double[] {centroid[3 * c], centroid[3 * c + 1], centroid[3 * c + 2]};
    }

    /** Sums and extreme points of one block for the clusters it touches. */
    private static final class Totals {
        final int[] slotOf;
        int[] touched = new int[16];
        int touchedCount;
        int[] units = new int[16];
        int[] core = new int[16];
        double[] amounts = new double[48];
        double[][] weights;
        double[] sums = new double[48];
        double[] extremeValue = new double[16 * DIRECTIONS];
        double[] extremeX = new double[16 * DIRECTIONS];
        double[] extremeY = new double[16 * DIRECTIONS];
        final Tallies tallies = new Tallies(1 << 14);

        Totals(int clusters, int weightColumns) {
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
                extremeValue = Arrays.copyOf(extremeValue, DIRECTIONS * grown);
                extremeX = Arrays.copyOf(extremeX, DIRECTIONS * grown);
                extremeY = Arrays.copyOf(extremeY, DIRECTIONS * grown);
                for (int w = 0; w < weights.length; w++) {
                    weights[w] = Arrays.copyOf(weights[w], grown);
                }
            }
            touched[slot] = cluster;
            slotOf[cluster] = slot;
            Arrays.fill(extremeValue, DIRECTIONS * slot, DIRECTIONS * (slot + 1), Double.NEGATIVE_INFINITY);
            return slot;
        }

        /** Keeps the point if it is the most extreme yet in a direction (ties: the smaller x, then y). */
        void offer(int slot, double x, double y) {
            for (int d = 0; d < DIRECTIONS; d++) {
                double value = along(d, x, y);
                int at = slot * DIRECTIONS + d;
                if (value > extremeValue[at]
                        || (value == extremeValue[at] && before(x, y, extremeX[at], extremeY[at]))) {
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
                for (int d = 0; d < DIRECTIONS; d++) {
                    int from = slot * DIRECTIONS + d;
                    int to = c * DIRECTIONS + d;
                    if (extremeValue[from] > passes.extremeValue[to]
                            || (extremeValue[from] == passes.extremeValue[to]
                                    && before(
                                            extremeX[from],
                                            extremeY[from],
                                            passes.extremeX[to],
                                            passes.extremeY[to]))) {
                        passes.extremeValue[to] = extremeValue[from];
                        passes.extremeX[to] = extremeX[from];
                        passes.extremeY[to] = extremeY[from];
                    }
                }
            }
            passes.tallies.addAll(tallies);
        }
    }

    /** The extents and hull candidates of one block. */
    private static final class Candidates {
        private final int[] slotOf;
        private int[] touched = new int[16];
        private double[] widest = new double[16];
        private int touchedCount;
        private int[] clusterOf = new int[64];
        private long[] points = new long[64];
        private int size;

        Candidates(int clusters) {
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
}
