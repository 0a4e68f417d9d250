package org.clusterdev.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.monitoring.Criterion;
import org.clusterdev.monitoring.Evaluation;
import org.clusterdev.monitoring.EvaluationFinding;
import org.clusterdev.monitoring.EvaluationHeader;
import org.clusterdev.monitoring.EvaluationKind;
import org.clusterdev.monitoring.EvaluationLesson;
import org.clusterdev.monitoring.EvaluationTheme;
import org.clusterdev.monitoring.Evaluations;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mid-term and end-of-project evaluations as JSON: an intervention's evaluations, starting one, adding findings and
 * lessons to the draft and completing it (which locks it). Changes name the version read; refusals are problem
 * details naming the field (400), a stale version or a completed evaluation (409).
 */
@RestController
@Tag(name = "Evaluations", description = "Mid-term and end-of-project evaluations of interventions")
class EvaluationApi {

    private final Evaluations evaluations;

    EvaluationApi(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** What starts an evaluation. */
    record HeaderRequest(EvaluationKind kind, String evaluator, LocalDate evaluatedOn, String summary) {}

    /** A finding with ratings of 1 to 5 for the criteria rated. */
    record FindingRequest(Integer version, EvaluationTheme theme, String text, Map<Criterion, Integer> ratings) {}

    /** A lesson in the shape of a best practice. */
    record LessonRequest(
            Integer version,
            EvaluationTheme theme,
            String title,
            String problem,
            String action,
            String result,
            Long costRupees,
            Boolean publish) {}

    /** The version read, for completing. */
    record VersionRequest(Integer version) {}

    @GetMapping("/api/v1/interventions/{id}/evaluations")
    @Operation(summary = "The intervention's evaluations, mid-term first (empty outside your scope)")
    List<Evaluation> ofIntervention(@PathVariable long id) {
        return evaluations.ofIntervention(id);
    }

    @PostMapping("/api/v1/interventions/{id}/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Starts an evaluation as a draft (from the IMPLEMENTING stage on, one of each kind)",
            description = "kind: MID_TERM or END_OF_PROJECT; evaluatedOn: a day from 1990 to today.")
    Evaluation start(@PathVariable long id, @RequestBody HeaderRequest request) {
        return evaluations.start(
                id,
                new EvaluationHeader(request.kind(), request.evaluator(), request.evaluatedOn(), request.summary()));
    }

    @GetMapping("/api/v1/evaluations/{id}")
    @Operation(summary = "An evaluation with its findings and lessons")
    Evaluation evaluation(@PathVariable long id) {
        return evaluations.evaluation(id).orElseThrow(() -> new NoSuchElementException("id: no evaluation " + id));
    }

    @PostMapping("/api/v1/evaluations/{id}/findings")
    @Operation(summary = "Adds a finding to the draft; ratings by criterion (RELEVANCE ... SUSTAINABILITY), 1 to 5")
    Evaluation addFinding(@PathVariable long id, @RequestBody FindingRequest request) {
        return evaluations.addFinding(
                id,
                version(request.version()),
                new EvaluationFinding(
                        0, request.theme(), request.text(), request.ratings() == null ? Map.of() : request.ratings()));
    }

    @PostMapping("/api/v1/evaluations/{id}/lessons")
    @Operation(summary = "Adds a lesson to the draft; publish: the knowledge base publishes it once completed")
    Evaluation addLesson(@PathVariable long id, @RequestBody LessonRequest request) {
        return evaluations.addLesson(
                id,
                version(request.version()),
                new EvaluationLesson(
                        0,
                        request.theme(),
                        request.title(),
                        request.problem(),
                        request.action(),
                        request.result(),
                        Optional.ofNullable(request.costRupees()),
                        Boolean.TRUE.equals(request.publish())));
    }

    @PostMapping("/api/v1/evaluations/{id}/completion")
    @Operation(summary = "Completes the evaluation, which locks it; it needs at least one finding")
    Evaluation complete(@PathVariable long id, @RequestBody VersionRequest request) {
        return evaluations.complete(id, version(request.version()));
    }

    private static int version(Integer version) {
        if (version == null) {
            throw new IllegalArgumentException("version: the version you read is required");
        }
        return version;
    }
}
