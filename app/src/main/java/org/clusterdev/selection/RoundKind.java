package org.clusterdev.selection;

/** What a selection round selects, and so which criteria its assessors score. */
public enum RoundKind {
    /** Clusters for a scheme, on the parameters of seed 001 slide 20 or seed 003. */
    CLUSTER,
    /** Implementing agencies, on the twelve criteria of seed 004 Annex 3.2. */
    AGENCY,
    /** Cluster Development Agents, on the traits of seed 001 slide 21. */
    CDA
}
