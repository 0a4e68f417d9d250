package org.clusterdev.engine.density;

/**
 * What makes a point a core point: at least {@code minUnits} units (the point itself and its duplicates included)
 * within {@code epsKm} kilometres, distance {@code <= epsKm}, and, when {@code minWeight} is above zero, a summed
 * weight (artisans, looms, families, employment...) of at least {@code minWeight} within the same distance.
 *
 * @param epsKm the neighbourhood radius in kilometres, from {@value #MIN_EPS_KM} to {@value #MAX_EPS_KM}
 * @param minUnits the number of units a neighbourhood needs, at least 1
 * @param minWeight the summed weight a neighbourhood needs; 0 means no weight condition
 * @throws IllegalArgumentException when a value is out of range
 */
public record DensityParameters(double epsKm, int minUnits, double minWeight) {

    /** The smallest radius: one metre. Below it, coordinates are not precise enough to be meaningful. */
    public static final double MIN_EPS_KM = 0.001;

    /** The largest radius; no institutional definition of a cluster comes near it. */
    public static final double MAX_EPS_KM = 1000;

    public DensityParameters {
        if (!(epsKm >= MIN_EPS_KM && epsKm <= MAX_EPS_KM)) {
            throw new IllegalArgumentException(
                    "epsKm: must be between " + MIN_EPS_KM + " and " + MAX_EPS_KM + " km, was " + epsKm);
        }
        if (minUnits < 1) {
            throw new IllegalArgumentException("minUnits: at least 1 (the point itself counts), was " + minUnits);
        }
        if (!(minWeight >= 0 && Double.isFinite(minWeight))) {
            throw new IllegalArgumentException("minWeight: a finite number of at least 0, was " + minWeight);
        }
    }

    /** Parameters without a weight condition. */
    public static DensityParameters of(double epsKm, int minUnits) {
        return new DensityParameters(epsKm, minUnits, 0);
    }

    /** Whether core points also need a summed weight. */
    public boolean weighted() {
        return minWeight > 0;
    }
}
