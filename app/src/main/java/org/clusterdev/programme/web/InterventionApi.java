package org.clusterdev.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.Role;
import org.clusterdev.programme.Intervention;
import org.clusterdev.programme.InterventionRef;
import org.clusterdev.programme.Interventions;
import org.clusterdev.programme.Pipeline;
import org.clusterdev.programme.PipelineEntry;
import org.clusterdev.programme.PipelineFilter;
import org.clusterdev.programme.Stage;
import org.clusterdev.programme.StageChange;
import org.clusterdev.programme.StageDuties;
import org.clusterdev.programme.TransitionRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Interventions and their lifecycle as JSON: the pipeline, proposals, one intervention with its next step and
 * what stands in its way, and transitions. A refused transition is a 409 problem with a {@code refusals} list,
 * each naming its rule.
 */
@RestController
@Tag(
        name = "Interventions",
        description = "Interventions (one cluster under one scheme) through the programme lifecycle")
class InterventionApi {

    private final Interventions interventions;
    private final Pipeline pipeline;

    InterventionApi(Interventions interventions, Pipeline pipeline) {
        this.interventions = interventions;
        this.pipeline = pipeline;
    }

    @GetMapping("/api/v1/interventions")
    @Operation(
            summary = "The interventions within the caller's scope, overdue ones first",
            description = "Filters: scheme (code), stage, overdue=true for those past their stage's last day")
    List<PipelineEntry> list(
            @RequestParam Optional<String> scheme,
            @RequestParam Optional<Stage> stage,
            @RequestParam(defaultValue = "false") boolean overdue) {
        return pipeline.entries(new PipelineFilter(scheme, stage, overdue));
    }

    @GetMapping("/api/v1/interventions/pipeline")
    @Operation(summary = "How many interventions stand in each stage per scheme, and how many of them are overdue")
    PipelineCounts counts(@RequestParam Optional<String> scheme) {
        List<PipelineEntry> entries = pipeline.entries(new PipelineFilter(scheme, Optional.empty(), false));
        return new PipelineCounts(Pipeline.counts(entries), Pipeline.overdueCounts(entries));
    }

    @PostMapping("/api/v1/interventions")
    @Operation(
            summary = "Proposes an intervention: a cluster under a scheme",
            description = "400 problem naming clusterId, schemeCode or title; 403 outside the caller's scope")
    ResponseEntity<InterventionView> propose(@RequestBody Proposal proposal) {
        if (proposal.clusterId() == null) {
            throw new IllegalArgumentException("clusterId: the cluster is required");
        }
        InterventionRef created = interventions.propose(proposal.clusterId(), proposal.schemeCode(), proposal.title());
        return ResponseEntity.created(URI.create("/api/v1/interventions/" + created.id()))
                .body(view(created.id()));
    }

    @GetMapping("/api/v1/interventions/{id}")
    @Operation(summary = "One intervention with its next stage, what stands in its way and who must act")
    InterventionView intervention(@PathVariable long id) {
        return view(id);
    }

    @GetMapping("/api/v1/interventions/{id}/history")
    @Operation(summary = "Every stage the intervention entered, oldest first")
    List<StageChange> history(@PathVariable long id) {
        visible(id);
        return interventions.history(id);
    }

    @PostMapping("/api/v1/interventions/{id}/transitions")
    @Operation(
            summary = "Moves the intervention to the next stage, or to CLOSED with a reason in note",
            description = "Needs the version read. 409 problem with refusals naming each rule that objects, or when"
                    + " someone else changed it since; 400 for a stage that is not next; 403 for a role that may not")
    InterventionView move(@PathVariable long id, @RequestBody Transition transition) {
        visible(id);
        if (transition.version() == null) {
            throw new IllegalArgumentException("version: the version you read is required");
        }
        interventions.move(id, transition.stage(), transition.note(), transition.version());
        return view(id);
    }

    @ExceptionHandler(TransitionRefused.class)
    ProblemDetail refused(TransitionRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Transition refused");
        problem.setProperty("refusals", e.reasons());
        return problem;
    }

    private InterventionView view(long id) {
        Intervention intervention = visible(id);
        Optional<Stage> next = intervention.stage().next();
        return new InterventionView(
                intervention,
                next,
                next.map(stage -> interventions.refusals(intervention.ref(), stage))
                        .orElse(List.of()),
                StageDuties.whoMustAct(intervention.stage()),
                intervention.overdueOn(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata"))));
    }

    private Intervention visible(long id) {
        Intervention intervention =
                interventions.details(id).orElseThrow(() -> new NoSuchElementException("no intervention " + id));
        if (!interventions.maySee(intervention)) {
            throw new AccessDeniedException("This intervention is outside your scope.");
        }
        return intervention;
    }

    /** A proposal as a program sends it. */
    record Proposal(Long clusterId, String schemeCode, String title) {}

    /**
     * A transition as a program asks for it.
     *
     * @param note why; the reason, required, when {@code stage} is CLOSED
     * @param version the intervention's version as read
     */
    record Transition(Stage stage, String note, Integer version) {}

    /**
     * An intervention with what comes next.
     *
     * @param nextStage the stage it may enter next, absent in a final stage
     * @param refusals why it may not enter the next stage yet, each naming its rule; empty when nothing objects
     */
    record InterventionView(
            Intervention intervention,
            Optional<Stage> nextStage,
            List<String> refusals,
            List<Role> whoMustAct,
            boolean overdue) {}

    /** Interventions per scheme and stage, and the overdue ones among them. */
    record PipelineCounts(Map<String, Map<Stage, Long>> counts, Map<String, Map<Stage, Long>> overdue) {}
}
