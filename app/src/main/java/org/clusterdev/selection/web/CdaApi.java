package org.clusterdev.selection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.selection.Assignment;
import org.clusterdev.selection.AssignmentDraft;
import org.clusterdev.selection.Cda;
import org.clusterdev.selection.CdaDraft;
import org.clusterdev.selection.CdaSpeciality;
import org.clusterdev.selection.Cdas;
import org.clusterdev.selection.Tenure;
import org.clusterdev.selection.Training;
import org.clusterdev.selection.TrainingDraft;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Cluster Development Agents, their assignments, training and tenure, as JSON. */
@RestController
@RequestMapping("/api/v1/cdas")
@Tag(name = "CDAs", description = "Cluster Development Agents: assignments, training, tenure")
class CdaApi {

    private final Cdas cdas;

    CdaApi(Cdas cdas) {
        this.cdas = cdas;
    }

    @GetMapping
    @Operation(summary = "Every CDA by name, with current clusters, training and early departures")
    List<Cda> all() {
        return cdas.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registers a CDA; 400 naming the field for a missing name or speciality")
    SelectionApi.Created register(@RequestBody CdaRequest request) {
        if (request.stateCode() == null) {
            throw new IllegalArgumentException("stateCode: is required");
        }
        return new SelectionApi.Created(cdas.register(new CdaDraft(
                request.name(),
                request.stateCode(),
                request.speciality(),
                request.employer(),
                request.contactEmail(),
                request.contactPhone())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One CDA with assignments (each with its tenure) and training")
    CdaDetail cda(@PathVariable long id) {
        Cda cda = cdas.find(id).orElseThrow(() -> new NoSuchElementException("id: no CDA " + id));
        return new CdaDetail(cda, cdas.assignments(id), cdas.trainings(id));
    }

    @PostMapping("/{id}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assigns the CDA to a cluster; CDAs already there form a team with it")
    SelectionApi.Created assign(@PathVariable long id, @RequestBody AssignmentRequest request) {
        if (request.clusterId() == null) {
            throw new IllegalArgumentException("clusterId: is required");
        }
        return new SelectionApi.Created(cdas.assign(
                id,
                new AssignmentDraft(
                        request.clusterId(),
                        Boolean.TRUE.equals(request.dedicated()),
                        Boolean.TRUE.equals(request.stationed()),
                        request.teamRole(),
                        request.startedOn())));
    }

    @PostMapping("/assignments/{assignmentId}/end")
    @Operation(
            summary = "Ends an assignment",
            description = "The answer carries a warning when the CDA leaves before the three years seed 004 §3.7"
                    + " asks for.")
    Ended end(@PathVariable long assignmentId, @RequestBody EndRequest request) {
        Assignment ended = cdas.endAssignment(assignmentId, request.endedOn(), request.reason());
        return new Ended(
                ended,
                ended.leftEarly()
                        ? Optional.of("The CDA leaves " + ended.clusterName() + " after " + ended.tenureYears()
                                + " years, before the " + Tenure.MINIMUM_YEARS + " years seed 004 §3.7 asks for")
                        : Optional.empty());
    }

    @PostMapping("/{id}/trainings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records a course the CDA took, with its field work")
    SelectionApi.Created train(@PathVariable long id, @RequestBody TrainingRequest request) {
        return new SelectionApi.Created(cdas.train(
                id,
                new TrainingDraft(
                        request.course(),
                        request.provider(),
                        request.startedOn(),
                        request.endedOn(),
                        request.fieldWork(),
                        Optional.ofNullable(request.fieldClusterId()))));
    }

    @GetMapping("/clusters/{clusterId}")
    @Operation(summary = "The CDAs working in a cluster today: one, or its team")
    List<Assignment> team(@PathVariable long clusterId) {
        return cdas.team(clusterId);
    }

    record CdaRequest(
            String name,
            Integer stateCode,
            CdaSpeciality speciality,
            String employer,
            String contactEmail,
            String contactPhone) {}

    record CdaDetail(Cda cda, List<Assignment> assignments, List<Training> trainings) {}

    record AssignmentRequest(
            Long clusterId, Boolean dedicated, Boolean stationed, String teamRole, LocalDate startedOn) {}

    record EndRequest(LocalDate endedOn, String reason) {}

    /** @param warning present when the CDA leaves before three years */
    record Ended(Assignment assignment, Optional<String> warning) {}

    record TrainingRequest(
            String course,
            String provider,
            LocalDate startedOn,
            LocalDate endedOn,
            String fieldWork,
            Long fieldClusterId) {}
}
