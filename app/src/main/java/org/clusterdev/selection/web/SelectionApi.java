package org.clusterdev.selection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.selection.AssessmentDraft;
import org.clusterdev.selection.Decision;
import org.clusterdev.selection.Round;
import org.clusterdev.selection.RoundDraft;
import org.clusterdev.selection.RoundKind;
import org.clusterdev.selection.RoundResultsView;
import org.clusterdev.selection.RoundScoring;
import org.clusterdev.selection.ScoreDraft;
import org.clusterdev.selection.SelectionDecisions;
import org.clusterdev.selection.SelectionRounds;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Scored selection rounds as JSON: open, add candidates, assess, close, decide. */
@RestController
@RequestMapping("/api/v1/selection/rounds")
@Tag(name = "Selection", description = "Scored selection of clusters, implementing agencies and CDAs")
class SelectionApi {

    private final SelectionRounds rounds;
    private final RoundScoring scoring;
    private final SelectionDecisions decisions;

    SelectionApi(SelectionRounds rounds, RoundScoring scoring, SelectionDecisions decisions) {
        this.rounds = rounds;
        this.scoring = scoring;
        this.decisions = decisions;
    }

    @GetMapping
    @Operation(summary = "Every selection round, newest first, without candidates")
    List<Round> all() {
        return rounds.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Opens a round; the caller chairs it",
            description = "The criteria and weights of its kind are copied into the round. National roles open"
                    + " national rounds, a state cell rounds of its state. 400 with the field for a missing title,"
                    + " scheme or framework.")
    Created open(@RequestBody RoundRequest request) {
        return new Created(rounds.open(request.toDraft()));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One round with its criteria, candidates and the results the caller may see",
            description = "An assessor sees other assessors' scores only after submitting for every candidate;"
                    + " the chair always; everyone once scoring is closed.")
    RoundDetail round(@PathVariable long id) {
        Round round = rounds.find(id).orElseThrow(() -> new NoSuchElementException("id: no round " + id));
        return new RoundDetail(round, scoring.results(round));
    }

    @PostMapping("/{id}/candidates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a cluster, agency or CDA (by its id) as a candidate; chair only, while scoring")
    Created addCandidate(@PathVariable long id, @RequestBody CandidateRequest request) {
        if (request.referenceId() == null) {
            throw new IllegalArgumentException("referenceId: is required");
        }
        return new Created(rounds.addCandidate(id, request.referenceId(), Boolean.TRUE.equals(request.backwardArea())));
    }

    @PostMapping("/{id}/candidates/{candidateId}/assessments")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Submits the caller's assessment of a candidate, once",
            description = "Every criterion of the round needs a score from 0 to 10 and its evidence; a declared"
                    + " conflict of interest needs a note and keeps the assessment out of the totals.")
    void assess(@PathVariable long id, @PathVariable long candidateId, @RequestBody AssessmentRequest request) {
        scoring.submit(id, candidateId, request.toDraft());
    }

    @PostMapping("/{id}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Closes scoring (chair only); 409 when the version is stale")
    void close(@PathVariable long id, @RequestBody VersionRequest request) {
        rounds.close(id, request.version() == null ? -1 : request.version());
    }

    @PostMapping("/{id}/candidates/{candidateId}/decision")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Records the chair's decision on a candidate with its reason, after scoring is closed")
    void decide(@PathVariable long id, @PathVariable long candidateId, @RequestBody DecisionRequest request) {
        decisions.decide(id, candidateId, request.decision(), request.reason());
    }

    /**
     * A round to open.
     *
     * @param stateCode null for a national round
     * @param minNorthEastPercent null for the default of 10
     * @param interventionId for an agency round, the intervention whose implementing agency it selects
     */
    record RoundRequest(
            RoundKind kind,
            String title,
            String schemeCode,
            String framework,
            Integer stateCode,
            Double minNorthEastPercent,
            Long interventionId) {

        RoundDraft toDraft() {
            return new RoundDraft(
                    kind,
                    title,
                    schemeCode,
                    framework,
                    Optional.ofNullable(stateCode),
                    minNorthEastPercent == null ? 10 : minNorthEastPercent,
                    Optional.ofNullable(interventionId));
        }
    }

    /** An assessment as a request carries it; checked when it becomes a draft. */
    record AssessmentRequest(Boolean conflictOfInterest, String conflictNote, List<ScoreRequest> scores) {

        AssessmentDraft toDraft() {
            List<ScoreDraft> drafts = scores == null
                    ? List.of()
                    : scores.stream()
                            .map(score -> {
                                if (score.score() == null) {
                                    throw new IllegalArgumentException(
                                            "scores." + score.criterion() + ": a score from 0 to 10 is required");
                                }
                                return new ScoreDraft(score.criterion(), score.score(), score.evidence());
                            })
                            .toList();
            return new AssessmentDraft(Boolean.TRUE.equals(conflictOfInterest), conflictNote, drafts);
        }
    }

    record ScoreRequest(String criterion, Integer score, String evidence) {}

    record CandidateRequest(Long referenceId, Boolean backwardArea) {}

    record VersionRequest(Integer version) {}

    record DecisionRequest(Decision decision, String reason) {}

    record Created(long id) {}

    record RoundDetail(Round round, RoundResultsView results) {}
}
