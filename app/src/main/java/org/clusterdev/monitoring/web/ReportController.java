package org.clusterdev.monitoring.web;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.monitoring.Breakdowns;
import org.clusterdev.monitoring.ReportView;
import org.clusterdev.monitoring.ReportingPeriod;
import org.clusterdev.monitoring.ResultsFramework;
import org.clusterdev.monitoring.ResultsReporting;
import org.clusterdev.monitoring.ValueKind;
import org.clusterdev.programme.Intervention;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One intervention's report for a quarter: entering values, approving, unlocking, and its history. */
@Controller
class ReportController {

    static final String PATH = "/monitoring/interventions/{id}/reports/{year}/{quarter}";

    private final ResultsReporting reporting;
    private final ResultsFramework framework;

    ReportController(ResultsReporting reporting, ResultsFramework framework) {
        this.reporting = reporting;
        this.framework = framework;
    }

    @GetMapping(PATH)
    String report(@PathVariable long id, @PathVariable int year, @PathVariable int quarter, Model model) {
        return page(id, period(year, quarter), ValueForm.empty(), Optional.empty(), model);
    }

    @PostMapping(PATH + "/values")
    String enter(
            @PathVariable long id,
            @PathVariable int year,
            @PathVariable int quarter,
            @ModelAttribute ValueForm form,
            Model model,
            RedirectAttributes redirect) {
        ReportingPeriod period = period(year, quarter);
        try {
            reporting.enter(form.toEntry(id, period));
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + path(id, period);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return page(id, period, form, Optional.of(FieldError.of(e)), model);
        }
    }

    @PostMapping(PATH + "/values/remove")
    String remove(
            @PathVariable long id,
            @PathVariable int year,
            @PathVariable int quarter,
            @RequestParam String indicator,
            @RequestParam ValueKind kind,
            @RequestParam String breakdown,
            Model model) {
        ReportingPeriod period = period(year, quarter);
        ReportView report = reporting.report(id, period).orElseThrow(() -> new NoSuchElementException("no report"));
        try {
            reporting.remove(report.id(), indicator, kind, breakdown);
            return "redirect:" + path(id, period);
        } catch (IllegalStateException e) {
            return page(id, period, ValueForm.empty(), Optional.of(FieldError.of(e)), model);
        }
    }

    @PostMapping(PATH + "/approve")
    String approve(
            @PathVariable long id,
            @PathVariable int year,
            @PathVariable int quarter,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        ReportingPeriod period = period(year, quarter);
        ReportView report = reporting.report(id, period).orElseThrow(() -> new NoSuchElementException("no report"));
        try {
            redirect.addFlashAttribute(
                    "approved", reporting.approve(report.id(), version).name());
            return "redirect:" + path(id, period);
        } catch (IllegalStateException e) {
            return page(id, period, ValueForm.empty(), Optional.of(FieldError.of(e)), model);
        }
    }

    @PostMapping(PATH + "/unlock")
    String unlock(
            @PathVariable long id,
            @PathVariable int year,
            @PathVariable int quarter,
            @RequestParam int version,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        ReportingPeriod period = period(year, quarter);
        ReportView report = reporting.report(id, period).orElseThrow(() -> new NoSuchElementException("no report"));
        try {
            reporting.unlock(report.id(), version, reason);
            redirect.addFlashAttribute("unlocked", true);
            return "redirect:" + path(id, period);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return page(id, period, ValueForm.empty(), Optional.of(FieldError.of(e)), model);
        }
    }

    static String path(long id, ReportingPeriod period) {
        return "/monitoring/interventions/" + id + "/reports/" + period.year() + "/" + period.quarter();
    }

    private String page(long id, ReportingPeriod period, ValueForm form, Optional<FieldError> error, Model model) {
        Intervention intervention =
                reporting.intervention(id).orElseThrow(() -> new NoSuchElementException("no intervention " + id));
        Optional<ReportView> report = reporting.report(id, period);
        boolean mayEnter = reporting.mayEnter(id);
        if (!mayEnter && report.isEmpty()) {
            throw new AccessDeniedException("You may not report for this intervention.");
        }
        model.addAttribute("intervention", intervention);
        model.addAttribute("period", period);
        model.addAttribute("previous", path(id, period.previous()));
        model.addAttribute("next", path(id, period.next()));
        model.addAttribute("report", report.orElse(null));
        model.addAttribute(
                "mayEnter", mayEnter && report.map(r -> !r.approval().locked()).orElse(true));
        model.addAttribute("mayApprove", report.map(reporting::mayApprove).orElse(false));
        model.addAttribute("mayUnlock", report.map(reporting::mayUnlock).orElse(false));
        model.addAttribute("history", report.map(r -> reporting.history(r.id())).orElse(java.util.List.of()));
        model.addAttribute("indicators", framework.indicators());
        model.addAttribute("breakdowns", breakdowns());
        model.addAttribute("form", form);
        error.ifPresent(e -> model.addAttribute("error", e));
        return "monitoring/report";
    }

    private static java.util.List<String> breakdowns() {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(Breakdowns.TOTAL));
        Breakdowns.DIMENSIONS.forEach(d -> all.addAll(Breakdowns.of(d)));
        return all;
    }

    private static ReportingPeriod period(int year, int quarter) {
        try {
            return new ReportingPeriod(year, quarter);
        } catch (IllegalArgumentException e) {
            throw new NoSuchElementException(e.getMessage());
        }
    }

    /** A refusal split into the field it concerns and the reason, for display next to that field. */
    record FieldError(String field, String reason) implements java.io.Serializable {

        static FieldError of(RuntimeException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            int colon = message.indexOf(':');
            return colon > 0 && message.substring(0, colon).matches("[a-zA-Z]+")
                    ? new FieldError(
                            message.substring(0, colon),
                            message.substring(colon + 1).strip())
                    : new FieldError("form", message);
        }
    }
}
