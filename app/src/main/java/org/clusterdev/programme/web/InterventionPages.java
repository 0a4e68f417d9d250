package org.clusterdev.programme.web;

import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.programme.Intervention;
import org.clusterdev.programme.InterventionRef;
import org.clusterdev.programme.Interventions;
import org.clusterdev.programme.Pipeline;
import org.clusterdev.programme.PipelineEntry;
import org.clusterdev.programme.PipelineFilter;
import org.clusterdev.programme.Schemes;
import org.clusterdev.programme.Stage;
import org.clusterdev.programme.StageDuties;
import org.clusterdev.programme.TransitionRefused;
import org.clusterdev.registry.ClusterRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pipeline ({@code /programme}), one intervention with its stage, deadline, history and next action
 * ({@code /programme/interventions/{id}}), and the proposal form.
 */
@Controller
class InterventionPages {

    private final Interventions interventions;
    private final Pipeline pipeline;
    private final Schemes schemes;
    private final ClusterRegistry registry;
    private final FieldWorkModel fieldWork;

    InterventionPages(
            Interventions interventions,
            Pipeline pipeline,
            Schemes schemes,
            ClusterRegistry registry,
            FieldWorkModel fieldWork) {
        this.interventions = interventions;
        this.pipeline = pipeline;
        this.schemes = schemes;
        this.registry = registry;
        this.fieldWork = fieldWork;
    }

    @GetMapping("/programme")
    String pipeline(
            @RequestParam(defaultValue = "") String scheme,
            @RequestParam(defaultValue = "") String stage,
            @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        Optional<Stage> stageFilter = Arrays.stream(Stage.values())
                .filter(s -> s.name().equals(stage))
                .findFirst();
        var entries = pipeline.entries(
                new PipelineFilter(Optional.of(scheme).filter(code -> !code.isBlank()), stageFilter, overdue));
        model.addAttribute("entries", entries);
        model.addAttribute("counts", Pipeline.counts(entries));
        model.addAttribute("overdueCounts", Pipeline.overdueCounts(entries));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("schemes", schemes.all());
        model.addAttribute("scheme", scheme);
        model.addAttribute("stage", stage);
        model.addAttribute("overdue", overdue);
        model.addAttribute(
                "overdueTotal", entries.stream().filter(PipelineEntry::overdue).count());
        return "programme/pipeline";
    }

    @GetMapping("/programme/interventions/new")
    String proposal(@RequestParam(required = false) Long clusterId, Model model) {
        model.addAttribute("clusters", registry.all());
        model.addAttribute("schemes", schemes.all());
        model.addAttribute("clusterId", clusterId);
        return "programme/propose";
    }

    @PostMapping("/programme/interventions/new")
    String propose(
            @RequestParam(defaultValue = "0") long clusterId,
            @RequestParam(defaultValue = "") String schemeCode,
            @RequestParam(defaultValue = "") String title,
            Model model) {
        try {
            InterventionRef created = interventions.propose(clusterId, schemeCode, title);
            return "redirect:/programme/interventions/" + created.id();
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", FieldProblem.of(e.getMessage()));
            model.addAttribute("schemeCode", schemeCode);
            model.addAttribute("title", title);
            return proposal(clusterId, model);
        }
    }

    @GetMapping("/programme/interventions/{id}")
    String intervention(@PathVariable long id, Model model) {
        Intervention intervention = visible(id);
        Optional<Stage> next = intervention.stage().next();
        model.addAttribute("intervention", intervention);
        model.addAttribute("cluster", registry.summary(intervention.clusterId()).orElse(null));
        model.addAttribute("scheme", schemes.find(intervention.schemeCode()).orElseThrow());
        model.addAttribute("history", interventions.history(id));
        model.addAttribute("next", next.orElse(null));
        model.addAttribute(
                "refusals",
                next.map(stage -> interventions.refusals(intervention.ref(), stage))
                        .orElse(java.util.List.of()));
        model.addAttribute(
                "mayMove",
                next.map(stage -> interventions.mayMove(intervention, stage)).orElse(false));
        model.addAttribute(
                "mayClose", !intervention.stage().isFinal() && interventions.mayMove(intervention, Stage.CLOSED));
        model.addAttribute("whoMustAct", StageDuties.whoMustAct(intervention.stage()));
        model.addAttribute("today", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")));
        fieldWork.fill(intervention, model);
        return "programme/intervention";
    }

    @PostMapping("/programme/interventions/{id}/move")
    String move(
            @PathVariable long id,
            @RequestParam String target,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        visible(id);
        try {
            Stage stage = Arrays.stream(Stage.values())
                    .filter(s -> s.name().equals(target))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("stage: '" + target + "' is not a stage"));
            interventions.move(id, stage, note, version);
            redirect.addFlashAttribute("moved", stage.name());
        } catch (TransitionRefused e) {
            redirect.addFlashAttribute("refused", new java.util.ArrayList<>(e.reasons()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("moveError", FieldProblem.of(e.getMessage()));
        }
        return "redirect:/programme/interventions/" + id;
    }

    private Intervention visible(long id) {
        Intervention intervention =
                interventions.details(id).orElseThrow(() -> new NoSuchElementException("id: no intervention " + id));
        if (!interventions.maySee(intervention)) {
            throw new AccessDeniedException("This intervention is outside your scope.");
        }
        return intervention;
    }
}
