package org.clusterdev.monitoring;

import java.time.LocalDate;

/** A finding of a completed evaluation as a scheme review lists it, with the cluster and evaluation it is from. */
public record ReviewedFinding(
        String clusterName, EvaluationKind kind, LocalDate evaluatedOn, EvaluationTheme theme, String text) {}
