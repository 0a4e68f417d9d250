package org.clusterdev.engine.density;

/**
 * The outcome of a clustering, by position in the {@link PointSet}: the cluster of each point ({@value #NOISE}
 * for noise) and whether it is a core point. Clusters are numbered from 0 by the number of units they hold,
 * largest first; on equal size, the cluster whose earliest member comes first in the point set comes first.
 */
public final class DensityLabels {

    /** The cluster number of noise. */
    public static final int NOISE = -1;

    /** Per point: (cluster + 1) * 2, plus 1 for a core point; one array, written once, in input order. */
    private final int[] codes;

    private final int clusterCount;
    PhaseTimes times = new PhaseTimes(0, 0, 0, 0, 0);

    DensityLabels(int[] codes, int clusterCount) {
        this.codes = codes;
        this.clusterCount = clusterCount;
    }

    static int code(int cluster, boolean core) {
        return (cluster + 1) << 1 | (core ? 1 : 0);
    }

    /** Where the clustering spent its time. */
    public PhaseTimes times() {
        return times;
    }

    /** The number of points labelled. */
    public int size() {
        return codes.length;
    }

    /** The number of clusters, numbered {@code 0..clusterCount()-1}. */
    public int clusterCount() {
        return clusterCount;
    }

    /** The cluster of the point at {@code position}, or {@link #NOISE}. */
    public int clusterOf(int position) {
        return (codes[position] >>> 1) - 1;
    }

    /** Whether the point at {@code position} is a core point. */
    public boolean isCore(int position) {
        return (codes[position] & 1) == 1;
    }

    /** The number of core points. */
    public int coreCount() {
        int count = 0;
        for (int code : codes) {
            count += code & 1;
        }
        return count;
    }

    /** The number of points in no cluster. */
    public int noiseCount() {
        int count = 0;
        for (int code : codes) {
            count += code == 0 ? 1 : 0;
        }
        return count;
    }

    /** The number of points in a cluster without being core points. */
    public int borderCount() {
        return size() - coreCount() - noiseCount();
    }

    /** The number of points in each cluster, indexed by cluster number. */
    public int[] clusterSizes() {
        int[] sizes = new int[clusterCount];
        for (int code : codes) {
            if (code > 1) {
                sizes[(code >>> 1) - 1]++;
            }
        }
        return sizes;
    }
}
