package org.clusterdev.monitoring;

/** What a value says: where the intervention started (from the diagnostic study), what it plans, what it did. */
public enum ValueKind {
    BASELINE,
    TARGET,
    ACTUAL
}
