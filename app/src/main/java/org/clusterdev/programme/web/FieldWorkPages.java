package org.clusterdev.programme.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.programme.ActivityDraft;
import org.clusterdev.programme.DiagnosticStudies;
import org.clusterdev.programme.DiagnosticStudy;
import org.clusterdev.programme.ExitItem;
import org.clusterdev.programme.Implementation;
import org.clusterdev.programme.Intervention;
import org.clusterdev.programme.Interventions;
import org.clusterdev.programme.StudySection;
import org.clusterdev.programme.TrustBuilding;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of field work on an intervention: the diagnostic study page and its validation, trust-building
 * activities, implementation activities with evidence, the exit checklist and follow-up visits. Each post returns
 * to the intervention page with what was recorded or why nothing was.
 */
@Controller
class FieldWorkPages {

    private final Interventions interventions;
    private final DiagnosticStudies studies;
    private final TrustBuilding trust;
    private final Implementation implementation;

    FieldWorkPages(
            Interventions interventions,
            DiagnosticStudies studies,
            TrustBuilding trust,
            Implementation implementation) {
        this.interventions = interventions;
        this.studies = studies;
        this.trust = trust;
        this.implementation = implementation;
    }

    @GetMapping("/programme/interventions/{id}/study")
    String study(@PathVariable long id, Model model) {
        Intervention intervention = visible(id);
        Optional<DiagnosticStudy> study = studies.study(id);
        return studyPage(
                intervention, study, study.map(StudyForm::of).orElse(StudyForm.blank()), Optional.empty(), model);
    }

    @PostMapping("/programme/interventions/{id}/study")
    String saveStudy(
            @PathVariable long id,
            @RequestParam Map<String, String> parameters,
            Model model,
            jakarta.servlet.http.HttpServletResponse response,
            RedirectAttributes redirect) {
        Intervention intervention = visible(id);
        StudyForm form = StudyForm.from(parameters);
        try {
            studies.save(id, form.toDraft(), form.version());
            redirect.addFlashAttribute("studySaved", true);
            return "redirect:/programme/interventions/" + id + "/study";
        } catch (IllegalArgumentException | IllegalStateException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return studyPage(
                    intervention, studies.study(id), form, Optional.of(FieldProblem.of(e.getMessage())), model);
        }
    }

    @PostMapping("/programme/interventions/{id}/study/validation")
    String validate(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        visible(id);
        try {
            studies.validate(id, note, version);
            redirect.addFlashAttribute("studyValidated", true);
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("studyError", FieldProblem.of(e.getMessage()));
        }
        return "redirect:/programme/interventions/" + id + "/study";
    }

    @PostMapping("/programme/interventions/{id}/trust-activities")
    String recordTrust(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String activityCode,
            @RequestParam(defaultValue = "") String heldOn,
            @RequestParam(defaultValue = "-1") int participants,
            @RequestParam(defaultValue = "") String actors,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String bodyFormed,
            @RequestParam(defaultValue = "") String bodyName,
            RedirectAttributes redirect) {
        visible(id);
        return recorded(
                id,
                "trust",
                redirect,
                () -> trust.record(
                        id,
                        activityCode,
                        date("heldOn", heldOn),
                        participants,
                        actors,
                        outcome,
                        Optional.of(bodyFormed),
                        Optional.of(bodyName)));
    }

    @PostMapping("/programme/interventions/{id}/activities")
    String recordActivity(
            @PathVariable long id,
            @RequestParam Map<String, String> p,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        visible(id);
        return recorded(id, "activity", redirect, () -> {
            var activity = implementation.recordActivity(
                    id,
                    new ActivityDraft(
                            Optional.ofNullable(p.get("activityCode")),
                            p.get("title"),
                            date("startedOn", p.getOrDefault("startedOn", "")),
                            Optional.ofNullable(date("finishedOn", p.getOrDefault("finishedOn", ""))),
                            whole("costRupees", p.getOrDefault("costRupees", "")),
                            (int) whole("participants", p.getOrDefault("participants", "")),
                            p.get("outputs"),
                            p.getOrDefault("ledBy", ""),
                            decimal("latitude", p.getOrDefault("latitude", "")),
                            decimal("longitude", p.getOrDefault("longitude", ""))));
            if (file != null && !file.isEmpty()) {
                try {
                    implementation.attachEvidence(
                            activity.id(),
                            file.getOriginalFilename(),
                            file.getContentType(),
                            file.getInputStream(),
                            activity.latitude(),
                            activity.longitude());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return activity;
        });
    }

    @PostMapping("/programme/interventions/{id}/exit-checklist")
    String confirm(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String item,
            @RequestParam(defaultValue = "") String evidence,
            RedirectAttributes redirect) {
        visible(id);
        return recorded(id, "exit", redirect, () -> {
            ExitItem exitItem;
            try {
                exitItem = ExitItem.valueOf(item);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("item: '" + item + "' is not an exit checklist item");
            }
            return implementation.confirmExitItem(id, exitItem, evidence);
        });
    }

    @PostMapping("/programme/interventions/{id}/follow-ups")
    String followUp(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String visitedOn,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        visible(id);
        return recorded(
                id,
                "followUp",
                redirect,
                () -> implementation.recordFollowUp(id, date("visitedOn", visitedOn), status, note));
    }

    private String recorded(long id, String what, RedirectAttributes redirect, java.util.function.Supplier<?> work) {
        try {
            work.get();
            redirect.addFlashAttribute("recorded", what);
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("recordError", FieldProblem.of(e.getMessage()));
        }
        return "redirect:/programme/interventions/" + id + "#" + what;
    }

    private String studyPage(
            Intervention intervention,
            Optional<DiagnosticStudy> study,
            StudyForm form,
            Optional<FieldProblem> error,
            Model model) {
        model.addAttribute("intervention", intervention);
        model.addAttribute("study", study.orElse(null));
        model.addAttribute("gaps", study.map(studies::gaps).orElse(java.util.List.of()));
        model.addAttribute("form", form);
        model.addAttribute("sections", StudySection.values());
        model.addAttribute(
                "editable",
                intervention.stage() == org.clusterdev.programme.Stage.DIAGNOSTIC_STUDY
                        && interventions.mayRecord(intervention));
        error.ifPresent(problem -> model.addAttribute("error", problem));
        return "programme/study";
    }

    private Intervention visible(long id) {
        Intervention intervention =
                interventions.details(id).orElseThrow(() -> new NoSuchElementException("id: no intervention " + id));
        if (!interventions.maySee(intervention)) {
            throw new AccessDeniedException("This intervention is outside your scope.");
        }
        return intervention;
    }

    private static LocalDate date(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + typed + "' is not a date (yyyy-mm-dd)");
        }
    }

    private static long whole(String field, String typed) {
        try {
            return Long.parseLong(typed.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + typed + "' is not a whole number");
        }
    }

    private static Optional<Double> decimal(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.valueOf(typed.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + typed + "' is not a number");
        }
    }
}
