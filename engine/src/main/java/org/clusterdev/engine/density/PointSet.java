package org.clusterdev.engine.density;

/**
 * The points to cluster: latitudes and longitudes in degrees, optionally a subset of them (the members of a
 * product group) and a weight for each. The arrays are shared, not copied: do not change them while a clustering
 * runs. Results are reported by position in the member list; ties are broken in favour of the earlier position.
 */
public final class PointSet {

    private final double[] latitudes;
    private final double[] longitudes;
    private final int count;
    private final int[] members;
    private final double[] weights;

    private PointSet(double[] latitudes, double[] longitudes, int count, int[] members, double[] weights) {
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        this.count = count;
        this.members = members;
        this.weights = weights;
    }

    /**
     * All points of the two arrays, each of weight 1.
     *
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static PointSet of(double[] latitudes, double[] longitudes) {
        if (latitudes.length != longitudes.length) {
            throw new IllegalArgumentException(
                    "longitudes: " + longitudes.length + " values for " + latitudes.length + " latitudes");
        }
        return new PointSet(latitudes, longitudes, latitudes.length, null, null);
    }

    /**
     * The first {@code count} points of the two arrays (which may be longer), each of weight 1.
     *
     * @throws IllegalArgumentException when an array is shorter than {@code count}
     */
    public static PointSet of(double[] latitudes, double[] longitudes, int count) {
        if (count < 0 || latitudes.length < count || longitudes.length < count) {
            throw new IllegalArgumentException(
                    "count: " + count + " points, arrays of " + latitudes.length + " and " + longitudes.length);
        }
        return new PointSet(latitudes, longitudes, count, null, null);
    }

    /**
     * The same arrays, restricted to the given indexes, in the given order.
     *
     * @throws IllegalArgumentException when an index is outside the arrays
     */
    public PointSet restrictedTo(int[] members) {
        for (int member : members) {
            if (member < 0 || member >= count) {
                throw new IllegalArgumentException("members: index " + member + " outside 0.." + count);
            }
        }
        return new PointSet(latitudes, longitudes, count, members, weights);
    }

    /**
     * The same points with a weight each, indexed like the coordinate arrays.
     *
     * @throws IllegalArgumentException when the array is too short or holds a negative or non-finite weight
     */
    public PointSet weightedBy(double[] weights) {
        if (weights.length < count) {
            throw new IllegalArgumentException("weights: " + weights.length + " values for " + count + " points");
        }
        for (int i = 0; i < count; i++) {
            if (!(weights[i] >= 0 && Double.isFinite(weights[i]))) {
                throw new IllegalArgumentException(
                        "weights: index " + i + " is " + weights[i] + ", weights are finite and not negative");
            }
        }
        return new PointSet(latitudes, longitudes, count, members, weights);
    }

    /** The number of points. */
    public int size() {
        return members == null ? count : members.length;
    }

    /** The index into the coordinate arrays of the point at a position. */
    public int member(int position) {
        return members == null ? position : members[position];
    }

    /** Whether weights were given. */
    public boolean hasWeights() {
        return weights != null;
    }

    double latitude(int position) {
        return latitudes[member(position)];
    }

    double longitude(int position) {
        return longitudes[member(position)];
    }

    double weight(int position) {
        return weights == null ? 1 : weights[member(position)];
    }

    @Override
    public String toString() {
        return "PointSet[" + size() + " points" + (weights == null ? "" : ", weighted") + "]";
    }
}
