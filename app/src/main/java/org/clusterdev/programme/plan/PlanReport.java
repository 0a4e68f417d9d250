package org.clusterdev.programme.plan;

import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.programme.ActionPlan;
import org.clusterdev.programme.ActionPlans;
import org.clusterdev.programme.FundingSource;
import org.clusterdev.programme.PdfReports;
import org.clusterdev.programme.PlanVersion;
import org.clusterdev.programme.funding.InterventionAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The action plan as a PDF: one version (the one in force by default) with its rule check, in the reader's language. */
@Controller
class PlanReport {

    private final ActionPlans plans;
    private final InterventionAccess access;
    private final PdfReports reports;

    PlanReport(ActionPlans plans, InterventionAccess access, PdfReports reports) {
        this.plans = plans;
        this.access = access;
        this.reports = reports;
    }

    @GetMapping({"/programme/interventions/{id}/action-plan.pdf", "/api/v1/interventions/{id}/action-plan.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam Optional<Integer> v, Locale locale) {
        ActionPlan plan = plans.ofIntervention(id)
                .orElseThrow(() -> new NoSuchElementException("plan: intervention " + id + " has no action plan"));
        PlanVersion version = v.flatMap(plan::version).or(plan::approved).orElse(plan.latest());
        byte[] pdf = reports.render(
                "programme/plan/pdf",
                Map.of(
                        "interventionTitle", access.title(id),
                        "shown", version,
                        "breaches", plans.breaches(id, version.number()),
                        "sources", FundingSource.values()),
                locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("action-plan-" + id + "-v" + version.number() + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
