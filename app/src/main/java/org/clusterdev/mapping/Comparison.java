package org.clusterdev.mapping;

/**
 * How a candidate compares with the registry. A candidate is {@link #REGISTERED} when a registered cluster has a
 * NIC code starting with the candidate's product group (NIC prefix) and lies within {@code max(extent, 10 km)} of
 * the candidate's centroid (the nearest such cluster is the match); otherwise it is {@link #NEW}.
 */
public enum Comparison {
    /** Matched to a registered cluster by product and place. */
    REGISTERED,
    /** No registered cluster of the same product group nearby. */
    NEW
}
