package org.clusterdev.selection;

/** The two kinds of support institution of seed 004 §2.7 and §3.5. */
public enum AgencyKind {
    /** Works in the cluster and supports its CDAs. */
    IMPLEMENTING_AGENCY,
    /** Guides implementing agencies and gives CDAs technical guidance. */
    RESOURCE_ORGANISATION
}
