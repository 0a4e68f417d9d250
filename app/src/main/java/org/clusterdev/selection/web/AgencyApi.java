package org.clusterdev.selection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.selection.Agencies;
import org.clusterdev.selection.Agency;
import org.clusterdev.selection.AgencyDraft;
import org.clusterdev.selection.AgencyKind;
import org.clusterdev.selection.Engagement;
import org.clusterdev.selection.EngagementDraft;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Implementing agencies and resource organisations, their engagements and cluster-years, as JSON. */
@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies", description = "Implementing agencies and resource organisations with their cluster-years")
class AgencyApi {

    private final Agencies agencies;

    AgencyApi(Agencies agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    @Operation(summary = "Every agency by name with its cluster-years of experience as of today (seed 004 §2.7)")
    List<Agency> all() {
        return agencies.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registers an agency; 400 naming the field for a missing name, unknown state or bad contact")
    SelectionApi.Created register(@RequestBody AgencyRequest request) {
        return new SelectionApi.Created(agencies.register(request.toDraft()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agency with its engagements, newest first")
    AgencyDetail agency(@PathVariable long id) {
        Agency agency = agencies.find(id).orElseThrow(() -> new NoSuchElementException("id: no agency " + id));
        return new AgencyDetail(agency, agencies.engagements(id));
    }

    @PutMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Changes an agency; 409 when someone changed it since the given version")
    void update(@PathVariable long id, @RequestBody AgencyChange change) {
        if (change.agency() == null) {
            throw new IllegalArgumentException("agency: is required");
        }
        agencies.update(
                id,
                change.version() == null ? -1 : change.version(),
                change.agency().toDraft());
    }

    @PostMapping("/{id}/engagements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Records the agency's work in a cluster",
            description = "Linked to a programme intervention when interventionId is given; such an engagement ends"
                    + " by itself when the intervention is handed over or closed.")
    SelectionApi.Created engage(@PathVariable long id, @RequestBody EngagementRequest request) {
        if (request.clusterId() == null) {
            throw new IllegalArgumentException("clusterId: is required");
        }
        return new SelectionApi.Created(agencies.engage(
                id,
                new EngagementDraft(
                        request.clusterId(),
                        Optional.ofNullable(request.interventionId()),
                        request.startedOn(),
                        Optional.ofNullable(request.endedOn()),
                        request.note())));
    }

    @PostMapping("/engagements/{engagementId}/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Ends an engagement that goes on")
    void end(@PathVariable long engagementId, @RequestBody EndRequest request) {
        agencies.endEngagement(engagementId, request.endedOn());
    }

    record AgencyDetail(Agency agency, List<Engagement> engagements) {}

    record AgencyChange(Integer version, AgencyRequest agency) {}

    /** An agency as a request carries it; checked when it becomes a draft. */
    record AgencyRequest(
            String name,
            AgencyKind kind,
            Integer stateCode,
            String contactPerson,
            String contactEmail,
            String contactPhone,
            Integer trainedPersons) {

        AgencyDraft toDraft() {
            if (stateCode == null) {
                throw new IllegalArgumentException("stateCode: is required");
            }
            return new AgencyDraft(
                    name,
                    kind,
                    stateCode,
                    contactPerson,
                    contactEmail,
                    contactPhone,
                    trainedPersons == null ? 0 : trainedPersons);
        }
    }

    record EngagementRequest(
            Long clusterId, Long interventionId, LocalDate startedOn, LocalDate endedOn, String note) {}

    record EndRequest(LocalDate endedOn) {}
}
