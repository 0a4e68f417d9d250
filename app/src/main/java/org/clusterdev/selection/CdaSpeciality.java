package org.clusterdev.selection;

/** The two kinds of CDA seed 004 §3.7 asks for. */
public enum CdaSpeciality {
    /** Creates trust among the cluster's actors. */
    NETWORKING,
    /** Gives the cluster vital technical and market linkages. */
    TECHNICAL
}
