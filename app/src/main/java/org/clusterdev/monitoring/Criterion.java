package org.clusterdev.monitoring;

/** The criteria a finding is rated on, each from 1 (poor) to 5 (excellent). */
public enum Criterion {
    RELEVANCE,
    EFFECTIVENESS,
    EFFICIENCY,
    IMPACT,
    SUSTAINABILITY
}
