package org.clusterdev.programme.web;

import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.clusterdev.programme.DiagnosticStudies;
import org.clusterdev.programme.DiagnosticStudy;
import org.clusterdev.programme.Intervention;
import org.clusterdev.programme.Interventions;
import org.clusterdev.programme.PdfReports;
import org.clusterdev.programme.Schemes;
import org.clusterdev.programme.StudySection;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The diagnostic report of an intervention as a PDF, in the reader's language. */
@Controller
class StudyReport {

    private final Interventions interventions;
    private final DiagnosticStudies studies;
    private final Schemes schemes;
    private final ClusterRegistry registry;
    private final PdfReports reports;

    StudyReport(
            Interventions interventions,
            DiagnosticStudies studies,
            Schemes schemes,
            ClusterRegistry registry,
            PdfReports reports) {
        this.interventions = interventions;
        this.studies = studies;
        this.schemes = schemes;
        this.registry = registry;
        this.reports = reports;
    }

    @GetMapping({"/programme/interventions/{id}/study.pdf", "/api/v1/interventions/{id}/study.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        Intervention intervention =
                interventions.details(id).orElseThrow(() -> new NoSuchElementException("id: no intervention " + id));
        if (!interventions.maySee(intervention)) {
            throw new AccessDeniedException("This intervention is outside your scope.");
        }
        DiagnosticStudy study =
                studies.study(id).orElseThrow(() -> new NoSuchElementException("id: no diagnostic study for " + id));
        byte[] pdf = reports.render(
                "programme/pdf/diagnostic-report",
                Map.of(
                        "intervention", intervention,
                        "study", study,
                        "sections", StudySection.values(),
                        "scheme", schemes.find(intervention.schemeCode()).orElseThrow(),
                        "clusterName",
                                registry.summary(intervention.clusterId())
                                        .map(ClusterSummary::name)
                                        .orElse("")),
                locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("diagnostic-study-" + id + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
