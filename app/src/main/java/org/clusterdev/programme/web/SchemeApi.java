package org.clusterdev.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.programme.CallForProposals;
import org.clusterdev.programme.Scheme;
import org.clusterdev.programme.SchemeChanges;
import org.clusterdev.programme.SchemeQuotas;
import org.clusterdev.programme.Schemes;
import org.clusterdev.programme.Stage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The schemes as JSON: read by anyone signed in, changed by administrators, the ministry and scheme administrators. */
@RestController
@Tag(name = "Schemes", description = "Cluster development schemes, their rules and calls for proposals")
class SchemeApi {

    private final Schemes schemes;
    private final SchemeQuotas quotas;

    SchemeApi(Schemes schemes, SchemeQuotas quotas) {
        this.schemes = schemes;
        this.quotas = quotas;
    }

    @GetMapping("/api/v1/schemes/{code}/quotas")
    @Operation(summary = "How the scheme's selected interventions stand against its geographic quotas")
    List<org.clusterdev.programme.QuotaStanding> quotas(@PathVariable String code) {
        return quotas.standings(code);
    }

    @GetMapping("/api/v1/schemes")
    @Operation(summary = "Every scheme with its time limits, selection weights and quotas")
    List<Scheme> all() {
        return schemes.all();
    }

    @GetMapping("/api/v1/schemes/{code}")
    @Operation(summary = "One scheme", description = "404 problem when no scheme has the code")
    Scheme scheme(@PathVariable String code) {
        return schemes.find(code).orElseThrow(() -> new NoSuchElementException("no scheme " + code));
    }

    @PostMapping("/api/v1/schemes")
    @Operation(
            summary = "Adds a scheme",
            description =
                    "400 problem naming the field for invalid values (weights must total 100); 403 for other roles")
    ResponseEntity<Scheme> create(@RequestBody SchemeRequest request) {
        Scheme created = schemes.create(request.code(), request.changes());
        return ResponseEntity.created(URI.create("/api/v1/schemes/" + created.code()))
                .body(created);
    }

    @PutMapping("/api/v1/schemes/{code}")
    @Operation(
            summary = "Changes a scheme",
            description = "Needs the version read; 409 problem when someone else changed it since")
    Scheme update(@PathVariable String code, @RequestBody SchemeRequest request) {
        if (request.version() == null) {
            throw new IllegalArgumentException("version: the version you read is required");
        }
        return schemes.update(code, request.version(), request.changes());
    }

    @GetMapping("/api/v1/schemes/{code}/calls")
    @Operation(summary = "A scheme's calls for proposals, newest first")
    List<CallForProposals> calls(@PathVariable String code) {
        scheme(code);
        return schemes.calls(code);
    }

    @PostMapping("/api/v1/schemes/{code}/calls")
    @Operation(summary = "Opens a call for proposals between two dates, both included")
    ResponseEntity<CallForProposals> openCall(@PathVariable String code, @RequestBody CallRequest request) {
        CallForProposals call = schemes.openCall(
                code,
                request.title(),
                request.opensOn(),
                request.closesOn(),
                Optional.ofNullable(request.description()));
        return ResponseEntity.created(URI.create("/api/v1/schemes/" + code + "/calls"))
                .body(call);
    }

    /**
     * A scheme as a program sends it.
     *
     * @param code only when adding
     * @param version only when changing: the version read
     */
    record SchemeRequest(
            String code,
            String name,
            String institution,
            String owner,
            String objective,
            List<String> typologiesServed,
            List<Stage> stepsRequired,
            Integer durationYears,
            String selectionFramework,
            String source,
            Map<Stage, Integer> stageDays,
            Map<String, BigDecimal> weights,
            Map<String, BigDecimal> quotas,
            Integer version) {

        SchemeChanges changes() {
            return new SchemeChanges(
                    name,
                    institution,
                    owner == null ? institution : owner,
                    Optional.ofNullable(objective),
                    typologiesServed == null ? List.of() : typologiesServed,
                    stepsRequired == null
                            ? java.util.Arrays.stream(Stage.values())
                                    .filter(stage -> stage != Stage.CLOSED)
                                    .toList()
                            : stepsRequired,
                    Optional.ofNullable(durationYears),
                    selectionFramework == null ? "MSME" : selectionFramework,
                    source,
                    stageDays == null ? Map.of() : stageDays,
                    weights == null ? Map.of() : weights,
                    quotas == null ? Map.of() : quotas);
        }
    }

    /** A call for proposals as a program sends it. */
    record CallRequest(String title, LocalDate opensOn, LocalDate closesOn, String description) {}
}
