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
    static final int DIRECTIONS = 8;

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

    final double[] sums;
    private final double[] centroid;
    /** Per cluster: the projection's centre (first member), east and north, 3 each. */
    private final double[] frame;
    /** Per cluster and direction: the largest projection on the direction, and its point (east, north). */
    final double[] extremeValue;

    final double[] extremeX;
    final double[] extremeY;
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
        BlockTotals[] totals = new BlockTotals[blocks];
        parallelism.forEachChunk(blocks, 1, (a, b) -> {
            for (int block = a; block < b; block++) {
                totals[block] = totals(block);
            }
        });
        for (BlockTotals block : totals) {
            block.mergeInto(this);
        }
        centroids();
        HullCandidates[] candidates = new HullCandidates[blocks];
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
        for (HullCandidates block : candidates) {
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
    private BlockTotals totals(int block) {
        BlockTotals totals = new BlockTotals(clusters, weightColumns.size());
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
    private HullCandidates candidates(int block) {
        HullCandidates candidates = new HullCandidates(clusters);
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
    static double along(int direction, double x, double y) {
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

    static boolean before(double x, double y, double otherX, double otherY) {
        return x < otherX || (x == otherX && y < otherY);
    }

    /** The distance in km of a cluster's farthest member from its centroid. */
    double extentKm(int c) {
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(extentChord[c]) / 2));
    }

    double[] centroid(int c) {
        return new double[] {centroid[3 * c], centroid[3 * c + 1], centroid[3 * c + 2]};
    }
}
