package org.clusterdev.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An evaluation of an intervention as pages, reports and the API show it.
 *
 * @param status {@code DRAFT} while it is written, {@code COMPLETED} (and locked) once completed
 * @param version the version an editor must name to change it
 */
public record Evaluation(
        long id,
        long interventionId,
        String interventionTitle,
        long clusterId,
        String clusterName,
        int stateCode,
        String schemeCode,
        EvaluationKind kind,
        String evaluator,
        LocalDate evaluatedOn,
        String summary,
        Status status,
        String createdBy,
        Optional<String> completedBy,
        Optional<Instant> completedAt,
        int version,
        List<EvaluationFinding> findings,
        List<EvaluationLesson> lessons) {

    public Evaluation {
        findings = List.copyOf(findings);
        lessons = List.copyOf(lessons);
    }

    /** Where an evaluation stands. */
    public enum Status {
        DRAFT,
        COMPLETED
    }

    /** Whether it is completed and so can no longer change. */
    public boolean locked() {
        return status == Status.COMPLETED;
    }
}
