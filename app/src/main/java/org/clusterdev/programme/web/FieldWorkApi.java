package org.clusterdev.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.programme.ActivityDraft;
import org.clusterdev.programme.ActivityRecord;
import org.clusterdev.programme.BaselineFigure;
import org.clusterdev.programme.DiagnosticStudies;
import org.clusterdev.programme.DiagnosticStudy;
import org.clusterdev.programme.ExitConfirmation;
import org.clusterdev.programme.ExitItem;
import org.clusterdev.programme.FollowUp;
import org.clusterdev.programme.Implementation;
import org.clusterdev.programme.Intervention;
import org.clusterdev.programme.Interventions;
import org.clusterdev.programme.StudyDraft;
import org.clusterdev.programme.StudyFinding;
import org.clusterdev.programme.StudySection;
import org.clusterdev.programme.TrustActivity;
import org.clusterdev.programme.TrustBuilding;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The field work on an intervention as JSON: its diagnostic study and validation, trust-building activities,
 * implementation activities with evidence files, the exit checklist and follow-up visits.
 */
@RestController
@Tag(name = "Field work", description = "Diagnostic study, trust building, implementation and exit of an intervention")
class FieldWorkApi {

    private final Interventions interventions;
    private final DiagnosticStudies studies;
    private final TrustBuilding trust;
    private final Implementation implementation;

    FieldWorkApi(
            Interventions interventions,
            DiagnosticStudies studies,
            TrustBuilding trust,
            Implementation implementation) {
        this.interventions = interventions;
        this.studies = studies;
        this.trust = trust;
        this.implementation = implementation;
    }

    @GetMapping("/api/v1/interventions/{id}/study")
    @Operation(summary = "The diagnostic study, with what it still lacks for validation")
    StudyView study(@PathVariable long id) {
        visible(id);
        DiagnosticStudy study =
                studies.study(id).orElseThrow(() -> new NoSuchElementException("no diagnostic study for " + id));
        return new StudyView(study, studies.gaps(study));
    }

    @PutMapping("/api/v1/interventions/{id}/study")
    @Operation(
            summary = "Writes the diagnostic study (only in the DIAGNOSTIC_STUDY stage)",
            description = "version: the version read, omitted for a first draft. Rewriting withdraws a validation.")
    StudyView saveStudy(@PathVariable long id, @RequestBody StudyRequest request) {
        visible(id);
        DiagnosticStudy saved = studies.save(id, request.draft(), request.version() == null ? -1 : request.version());
        return new StudyView(saved, studies.gaps(saved));
    }

    @PostMapping("/api/v1/interventions/{id}/study/validation")
    @Operation(summary = "The resource organisation validates the study; 400 naming each rule it does not meet yet")
    StudyView validate(@PathVariable long id, @RequestBody Validation request) {
        visible(id);
        if (request.version() == null) {
            throw new IllegalArgumentException("version: the version you read is required");
        }
        DiagnosticStudy validated = studies.validate(id, request.note(), request.version());
        return new StudyView(validated, List.of());
    }

    @GetMapping("/api/v1/interventions/{id}/study/problems")
    @Operation(summary = "The problems of the validated study by theme: what the draft action plan starts from")
    List<StudyFinding> problems(@PathVariable long id) {
        visible(id);
        return studies.problemsByTheme(id);
    }

    @GetMapping("/api/v1/interventions/{id}/study/baseline")
    @Operation(summary = "The figures of the validated study: the baseline for monitoring")
    List<BaselineFigure> baseline(@PathVariable long id) {
        visible(id);
        return studies.baseline(id);
    }

    @GetMapping("/api/v1/interventions/{id}/trust-activities")
    @Operation(summary = "Trust-building activities by date")
    List<TrustActivity> trustActivities(@PathVariable long id) {
        visible(id);
        return trust.activities(id);
    }

    @PostMapping("/api/v1/interventions/{id}/trust-activities")
    @Operation(summary = "Records a trust-building activity of the catalogue (TB01-TB08) with its outcome")
    TrustActivity recordTrust(@PathVariable long id, @RequestBody TrustRequest request) {
        visible(id);
        return trust.record(
                id,
                request.activityCode(),
                request.heldOn(),
                request.participants() == null ? -1 : request.participants(),
                request.actors(),
                request.outcome(),
                Optional.ofNullable(request.bodyFormed()),
                Optional.ofNullable(request.bodyName()));
    }

    @GetMapping("/api/v1/interventions/{id}/activities")
    @Operation(summary = "Implementation activities carried out, with their evidence files")
    List<ActivityRecord> activities(@PathVariable long id) {
        visible(id);
        return implementation.activities(id);
    }

    @PostMapping("/api/v1/interventions/{id}/activities")
    @Operation(summary = "Records an implementation activity carried out (from the IMPLEMENTING stage)")
    ActivityRecord recordActivity(@PathVariable long id, @RequestBody ActivityRequest request) {
        visible(id);
        return implementation.recordActivity(id, request.draft());
    }

    @PostMapping(
            value = "/api/v1/interventions/activities/{activityId}/evidence",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Attaches an evidence file (photo, attendance sheet, report) to an activity, optionally geotagged")
    ActivityRecord.Evidence attach(
            @PathVariable long activityId,
            @RequestPart("file") MultipartFile file,
            @RequestParam Optional<Double> latitude,
            @RequestParam Optional<Double> longitude) {
        try {
            return implementation.attachEvidence(
                    activityId,
                    file.getOriginalFilename(),
                    file.getContentType(),
                    file.getInputStream(),
                    latitude,
                    longitude);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/v1/interventions/evidence/{evidenceId}")
    @Operation(summary = "An evidence file as uploaded")
    ResponseEntity<FileSystemResource> evidence(@PathVariable long evidenceId) {
        Implementation.EvidenceFile file = implementation
                .evidenceFile(evidenceId)
                .orElseThrow(() -> new NoSuchElementException("no evidence file " + evidenceId));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(new FileSystemResource(file.path()));
    }

    @GetMapping("/api/v1/interventions/{id}/exit-checklist")
    @Operation(summary = "The exit checklist: each item confirmed so far, with its evidence")
    Map<ExitItem, ExitConfirmation> checklist(@PathVariable long id) {
        visible(id);
        return implementation.exitChecklist(id);
    }

    @PutMapping("/api/v1/interventions/{id}/exit-checklist/{item}")
    @Operation(summary = "Confirms an exit checklist item with the evidence seen (IMPLEMENTING or EVALUATED)")
    ExitConfirmation confirm(@PathVariable long id, @PathVariable ExitItem item, @RequestBody Confirmation request) {
        visible(id);
        return implementation.confirmExitItem(id, item, request.evidence());
    }

    @GetMapping("/api/v1/interventions/{id}/follow-ups")
    @Operation(summary = "Follow-up visits after hand-over")
    List<FollowUp> followUps(@PathVariable long id) {
        visible(id);
        return implementation.followUps(id);
    }

    @PostMapping("/api/v1/interventions/{id}/follow-ups")
    @Operation(summary = "Records a follow-up visit after hand-over: ON_TRACK, AT_RISK or LAPSED")
    FollowUp recordFollowUp(@PathVariable long id, @RequestBody FollowUpRequest request) {
        visible(id);
        return implementation.recordFollowUp(id, request.visitedOn(), request.status(), request.note());
    }

    private Intervention visible(long id) {
        Intervention intervention =
                interventions.details(id).orElseThrow(() -> new NoSuchElementException("no intervention " + id));
        if (!interventions.maySee(intervention)) {
            throw new AccessDeniedException("This intervention is outside your scope.");
        }
        return intervention;
    }

    /** A study with the rules it does not meet yet for validation. */
    record StudyView(DiagnosticStudy study, List<String> gapsForValidation) {}

    /** A diagnostic study as a program writes it. */
    record StudyRequest(
            Map<StudySection, String> sections,
            List<StudyFinding> findings,
            List<BaselineFigure> figures,
            List<String> stakeholdersConsulted,
            Integer version) {

        StudyDraft draft() {
            return new StudyDraft(
                    sections == null ? Map.of() : sections,
                    findings == null ? List.of() : findings,
                    figures == null ? List.of() : figures,
                    stakeholdersConsulted == null ? List.of() : stakeholdersConsulted);
        }
    }

    /** A validation with an optional remark. */
    record Validation(String note, Integer version) {}

    /** A trust-building activity as reported. */
    record TrustRequest(
            String activityCode,
            LocalDate heldOn,
            Integer participants,
            String actors,
            String outcome,
            String bodyFormed,
            String bodyName) {}

    /** An implementation activity as reported. */
    record ActivityRequest(
            String activityCode,
            String title,
            LocalDate startedOn,
            LocalDate finishedOn,
            Long costRupees,
            Integer participants,
            String outputs,
            String ledBy,
            Double latitude,
            Double longitude) {

        ActivityDraft draft() {
            return new ActivityDraft(
                    Optional.ofNullable(activityCode),
                    title,
                    startedOn,
                    Optional.ofNullable(finishedOn),
                    costRupees == null ? -1 : costRupees,
                    participants == null ? -1 : participants,
                    outputs,
                    ledBy,
                    Optional.ofNullable(latitude),
                    Optional.ofNullable(longitude));
        }
    }

    /** The evidence seen for an exit checklist item. */
    record Confirmation(String evidence) {}

    /** A follow-up visit as reported. */
    record FollowUpRequest(LocalDate visitedOn, String status, String note) {}
}
