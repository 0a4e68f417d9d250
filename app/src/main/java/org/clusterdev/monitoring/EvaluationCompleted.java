package org.clusterdev.monitoring;

import java.time.Instant;
import org.clusterdev.programme.InterventionRef;

/**
 * Published when an evaluation is completed (and so locked), after it is stored: the knowledge base files its
 * report and publishes the lessons marked for publication as best practices.
 *
 * @param evaluationId the evaluation, readable through {@link Evaluations#completed(long)}
 * @param year the calendar year of its date
 */
public record EvaluationCompleted(
        long evaluationId,
        InterventionRef intervention,
        EvaluationKind kind,
        int year,
        String completedBy,
        Instant at) {}
