package org.clusterdev.monitoring;

/** When an intervention is evaluated: half-way through implementation, or at its end. */
public enum EvaluationKind {
    MID_TERM,
    END_OF_PROJECT
}
