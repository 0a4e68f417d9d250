package org.clusterdev.monitoring;

/**
 * How the values of an indicator combine over interventions and quarters.
 *
 * <ul>
 *   <li>{@link #SUM}: flows that add up (sales, trainees);
 *   <li>{@link #MEAN}: the plain average of the values (shares reported per intervention);
 *   <li>{@link #WEIGHTED_MEAN}: the average weighted by another indicator of the same report and breakdown
 *       (capacity utilisation by turnover, wages by employment); values without a weight are left out;
 *   <li>{@link #LAST}: stocks and running counts (firms reached so far, employment): the latest value of each
 *       intervention within the periods asked for, summed over interventions;
 *   <li>{@link #COUNT}: the number of interventions reporting a value above zero (interventions up-scaled).
 * </ul>
 */
public enum Aggregation {
    SUM,
    MEAN,
    WEIGHTED_MEAN,
    LAST,
    COUNT
}
