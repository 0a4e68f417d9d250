package org.clusterdev.monitoring.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.monitoring.Criterion;
import org.clusterdev.monitoring.Evaluation;
import org.clusterdev.monitoring.EvaluationFinding;
import org.clusterdev.monitoring.EvaluationHeader;
import org.clusterdev.monitoring.EvaluationKind;
import org.clusterdev.monitoring.EvaluationLesson;
import org.clusterdev.monitoring.EvaluationTheme;
import org.clusterdev.monitoring.Evaluations;
import org.clusterdev.platform.Pagination;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The evaluations: the list with a form to start one, and each evaluation with its findings, lessons and PDF. */
@Controller
class EvaluationPages {

    static final int PAGE_SIZE = 25;

    private final Evaluations evaluations;

    EvaluationPages(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/monitoring/evaluations")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Pagination pagination = Pagination.of(page, PAGE_SIZE, evaluations.count());
        model.addAttribute("page", pagination);
        model.addAttribute("evaluations", evaluations.recent(pagination.number(), PAGE_SIZE));
        model.addAttribute("kinds", EvaluationKind.values());
        return "monitoring/evaluations";
    }

    @PostMapping("/monitoring/evaluations")
    String start(
            @RequestParam Optional<Long> intervention,
            @RequestParam Optional<EvaluationKind> kind,
            @RequestParam Optional<String> evaluator,
            @RequestParam Optional<LocalDate> evaluatedOn,
            @RequestParam Optional<String> summary,
            Model model) {
        try {
            long id = intervention.orElseThrow(() -> new IllegalArgumentException("intervention: give its number"));
            Evaluation started = evaluations.start(id, header(kind, evaluator, evaluatedOn, summary));
            return "redirect:/monitoring/evaluations/" + started.id();
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
            return list(0, model);
        }
    }

    @GetMapping("/monitoring/evaluations/{id}")
    String evaluation(@PathVariable long id, Model model) {
        Evaluation evaluation =
                evaluations.evaluation(id).orElseThrow(() -> new NoSuchElementException("no evaluation " + id));
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("editable", !evaluation.locked() && evaluations.mayEvaluate(evaluation.interventionId()));
        model.addAttribute("kinds", EvaluationKind.values());
        model.addAttribute("themes", EvaluationTheme.values());
        model.addAttribute("criteria", Criterion.values());
        return "monitoring/evaluation";
    }

    /** The intervention's evaluations with links, for the programme's intervention page to load. */
    @GetMapping("/monitoring/interventions/{id}/evaluations")
    String ofIntervention(@PathVariable long id, Model model) {
        model.addAttribute("evaluations", evaluations.ofIntervention(id));
        model.addAttribute("mayEvaluate", evaluations.mayEvaluate(id));
        model.addAttribute("interventionId", id);
        return "monitoring/intervention-evaluations :: evaluations";
    }

    @PostMapping("/monitoring/evaluations/{id}/header")
    String revise(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam Optional<EvaluationKind> kind,
            @RequestParam Optional<String> evaluator,
            @RequestParam Optional<LocalDate> evaluatedOn,
            @RequestParam Optional<String> summary,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> evaluations.revise(id, version, header(kind, evaluator, evaluatedOn, summary)));
    }

    @PostMapping("/monitoring/evaluations/{id}/findings")
    String addFinding(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam Optional<EvaluationTheme> theme,
            @RequestParam Optional<String> text,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            Map<Criterion, Integer> ratings = new EnumMap<>(Criterion.class);
            for (Criterion criterion : Criterion.values()) {
                Optional.ofNullable(form.get("rating" + criterion.name()))
                        .filter(value -> !value.isBlank())
                        .ifPresent(value -> ratings.put(criterion, rating(criterion, value)));
            }
            evaluations.addFinding(id, version, new EvaluationFinding(0, theme.orElse(null), text.orElse(""), ratings));
        });
    }

    @PostMapping("/monitoring/evaluations/{id}/lessons")
    String addLesson(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam Optional<EvaluationTheme> theme,
            @RequestParam Optional<String> title,
            @RequestParam Optional<String> problem,
            @RequestParam Optional<String> action,
            @RequestParam Optional<String> result,
            @RequestParam Optional<String> cost,
            @RequestParam(defaultValue = "false") boolean publish,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                () -> evaluations.addLesson(
                        id,
                        version,
                        new EvaluationLesson(
                                0,
                                theme.orElse(null),
                                title.orElse(""),
                                problem.orElse(""),
                                action.orElse(""),
                                result.orElse(""),
                                cost.filter(c -> !c.isBlank()).map(EvaluationPages::rupees),
                                publish)));
    }

    @PostMapping("/monitoring/evaluations/{id}/findings/{item}/remove")
    String removeFinding(
            @PathVariable long id, @PathVariable long item, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> evaluations.removeFinding(id, version, item));
    }

    @PostMapping("/monitoring/evaluations/{id}/lessons/{item}/remove")
    String removeLesson(
            @PathVariable long id, @PathVariable long item, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> evaluations.removeLesson(id, version, item));
    }

    @PostMapping("/monitoring/evaluations/{id}/complete")
    String complete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> evaluations.complete(id, version));
    }

    @GetMapping({"/monitoring/evaluations/{id}/report.pdf", "/api/v1/evaluations/{id}/report.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        evaluations.evaluation(id).orElseThrow(() -> new NoSuchElementException("id: no evaluation " + id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("evaluation-" + id + ".pdf")
                                .build()
                                .toString())
                .body(evaluations.report(id, locale));
    }

    private String act(long id, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException | IllegalStateException | NoSuchElementException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/monitoring/evaluations/" + id;
    }

    private static EvaluationHeader header(
            Optional<EvaluationKind> kind,
            Optional<String> evaluator,
            Optional<LocalDate> evaluatedOn,
            Optional<String> summary) {
        return new EvaluationHeader(
                kind.orElse(null), evaluator.orElse(""), evaluatedOn.orElse(null), summary.orElse(""));
    }

    private static int rating(Criterion criterion, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "ratings." + criterion.name().toLowerCase(Locale.ROOT) + ": a rating is 1 to 5");
        }
    }

    private static long rupees(String value) {
        try {
            return Long.parseLong(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("costRupees: a cost in whole rupees, such as 250000");
        }
    }
}
