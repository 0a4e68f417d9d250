package org.clusterdev.selection;

/** Whether assessors still score a round, or the chair has closed scoring and decides. */
public enum RoundStatus {
    SCORING,
    CLOSED
}
