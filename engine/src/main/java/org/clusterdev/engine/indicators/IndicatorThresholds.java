package org.clusterdev.engine.indicators;

/**
 * The thresholds of the indicator flags.
 *
 * @param starShare the top share of regions that earns a size or focus star (European Cluster Observatory: 0.10)
 * @param specialisationLq the location quotient that earns a specialisation star (ECO: 2)
 * @param strongShare the top share of regions by location quotient for a "strong" region-cluster (U.S. Cluster
 *     Mapping: the top quartile, 0.25)
 * @param strongerShare the top share for "strong10" (the top decile, 0.10)
 * @param minEstablishments the fewest establishments a region-industry needs for any flag (small-number guard)
 * @param minEmployment the least employment a region-industry needs for any flag (small-number guard)
 * @throws IllegalArgumentException when a share is not in (0, 1] or a number is negative
 */
public record IndicatorThresholds(
        double starShare,
        double specialisationLq,
        double strongShare,
        double strongerShare,
        int minEstablishments,
        double minEmployment) {

    public IndicatorThresholds {
        for (double share : new double[] {starShare, strongShare, strongerShare}) {
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("share: a share of regions is in (0, 1], was " + share);
            }
        }
        if (!(specialisationLq > 0) || minEstablishments < 0 || !(minEmployment >= 0)) {
            throw new IllegalArgumentException("thresholds: the LQ must be above 0 and the minimums at least 0");
        }
    }

    /** The observatories' thresholds, and at least 3 establishments for a flag. */
    public static IndicatorThresholds observatories() {
        return new IndicatorThresholds(0.10, 2.0, 0.25, 0.10, 3, 0);
    }

    /** These thresholds with other small-number guards. */
    public IndicatorThresholds withMinimums(int establishments, double employment) {
        return new IndicatorThresholds(
                starShare, specialisationLq, strongShare, strongerShare, establishments, employment);
    }
}
