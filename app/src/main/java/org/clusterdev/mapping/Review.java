package org.clusterdev.mapping;

/** Where a candidate stands in field validation. */
public enum Review {
    /** Not sent to anyone. */
    NONE,
    /** Sent to a state cell or CDA, who has not answered yet. */
    SENT,
    /** Confirmed in the field, with a confidence level and evidence. */
    CONFIRMED,
    /** Found in the field not to be a cluster. */
    REJECTED
}
