package org.clusterdev.programme;

/**
 * Soft support (trust building, training, marketing, BDS) or hard support (infrastructure such as a common
 * facility centre); soft comes first (seed 004 §3.8).
 */
public enum SupportKind {
    SOFT,
    HARD
}
