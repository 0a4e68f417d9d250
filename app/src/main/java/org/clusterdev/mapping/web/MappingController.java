package org.clusterdev.mapping.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.mapping.CandidateView;
import org.clusterdev.mapping.Comparison;
import org.clusterdev.mapping.Confidence;
import org.clusterdev.mapping.EnterpriseMapping;
import org.clusterdev.mapping.Promotion;
import org.clusterdev.mapping.Review;
import org.clusterdev.mapping.RunParameters;
import org.clusterdev.mapping.RunView;
import org.clusterdev.mapping.Upload;
import org.clusterdev.platform.Jobs;
import org.clusterdev.platform.Pagination;
import org.clusterdev.registry.ClusterRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The mapping pages: data sets and runs, the upload (streamed to disk), a new run, and a run's candidates on a map
 * and in a table with their field validation.
 */
@Controller
class MappingController {

    static final int CANDIDATES_PER_PAGE = 50;

    private final EnterpriseMapping mapping;
    private final ClusterRegistry registry;
    private final Jobs jobs;
    private final CurrentUser currentUser;

    MappingController(EnterpriseMapping mapping, ClusterRegistry registry, Jobs jobs, CurrentUser currentUser) {
        this.mapping = mapping;
        this.registry = registry;
        this.jobs = jobs;
        this.currentUser = currentUser;
    }

    @GetMapping("/mapping")
    String index(Model model) {
        model.addAttribute("mayMap", mapping.mayMap());
        model.addAttribute("datasets", mapping.datasets());
        model.addAttribute("runs", mapping.runs());
        return "mapping/index";
    }

    @PostMapping("/mapping/datasets")
    String upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "REFUSE") String badRows,
            Model model) {
        if (!mapping.mayMap()) {
            throw new AccessDeniedException("Only administrators, the ministry and state cells may upload.");
        }
        try {
            if (file.isEmpty()) {
                throw new IllegalArgumentException("file: the file is empty");
            }
            Upload upload = mapping.upload(file.getOriginalFilename(), file::transferTo, "SKIP".equals(badRows));
            if (!upload.refused()) {
                return "redirect:/mapping/datasets/" + upload.datasetId().orElseThrow();
            }
            model.addAttribute("refused", upload);
        } catch (IllegalArgumentException e) {
            model.addAttribute("uploadError", e.getMessage());
        }
        return index(model);
    }

    @GetMapping("/mapping/datasets/{id:\\d+}")
    String dataset(@PathVariable long id, Model model) {
        model.addAttribute(
                "dataset", mapping.dataset(id).orElseThrow(() -> new NoSuchElementException("no data set " + id)));
        model.addAttribute("badRows", mapping.badRows(id));
        model.addAttribute("mayMap", mapping.mayMap());
        return "mapping/dataset";
    }

    @GetMapping("/mapping/runs/new")
    String newRun(@RequestParam(required = false) Long dataset, Model model) {
        if (!mapping.mayMap()) {
            throw new AccessDeniedException("Only administrators, the ministry and state cells may map.");
        }
        model.addAttribute("datasets", mapping.datasets());
        model.addAttribute("chosenDataset", dataset);
        model.addAttribute("definitions", mapping.definitions());
        return "mapping/new-run";
    }

    @PostMapping("/mapping/runs")
    String startRun(
            @RequestParam long dataset,
            @RequestParam(defaultValue = "") String definition,
            @RequestParam(defaultValue = "") String epsKm,
            @RequestParam(defaultValue = "") String minUnits,
            @RequestParam(defaultValue = "") String minWeight,
            @RequestParam(defaultValue = "") String weightColumn,
            @RequestParam(defaultValue = "4") int nicDigits,
            Model model) {
        try {
            RunParameters parameters = definition.isBlank()
                    ? new RunParameters(
                            dataset,
                            number(epsKm, "epsKm"),
                            (int) number(minUnits, "minUnits"),
                            minWeight.isBlank() ? 0 : number(minWeight, "minWeight"),
                            Optional.of(weightColumn),
                            nicDigits,
                            Optional.empty())
                    : mapping.fromDefinition(dataset, definition, nicDigits);
            return "redirect:/jobs/" + mapping.start(parameters).jobId();
        } catch (IllegalArgumentException e) {
            model.addAttribute("runError", e.getMessage());
            return newRun(dataset, model);
        }
    }

    @GetMapping("/mapping/runs/{id:\\d+}")
    String run(
            @PathVariable long id,
            @RequestParam(required = false) Comparison shown,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        RunView run = mapping.run(id).orElseThrow(() -> new NoSuchElementException("no run " + id));
        Map<Comparison, Long> counts = mapping.candidateCounts(id);
        long total = shown == null
                ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.get(shown);
        Pagination pagination = Pagination.of(page, CANDIDATES_PER_PAGE, total);
        List<CandidateView> candidates =
                mapping.candidates(id, Optional.ofNullable(shown), pagination.offset(), CANDIDATES_PER_PAGE);
        model.addAttribute("page", pagination);
        model.addAttribute("shown", shown);
        model.addAttribute("counts", counts);
        model.addAttribute("pagerBase", "/mapping/runs/" + id + (shown == null ? "" : "?shown=" + shown));
        model.addAttribute("run", run);
        model.addAttribute("job", run.jobId().flatMap(jobs::find).orElse(null));
        model.addAttribute("candidates", candidates);
        model.addAttribute("notFound", mapping.notFound(id));
        model.addAttribute("mayMap", mapping.mayMap());
        model.addAttribute("me", currentUser.username().orElse(""));
        Map<Long, Object> validators = new LinkedHashMap<>();
        for (CandidateView candidate : candidates) {
            if (candidate.comparison() == Comparison.NEW
                    && (candidate.review() == Review.NONE || candidate.review() == Review.SENT)) {
                validators.put(candidate.id(), mapping.validators(candidate));
            }
        }
        model.addAttribute("validators", validators);
        model.addAttribute("confidences", Confidence.values());
        model.addAttribute("typologies", registry.typologies());
        return "mapping/run";
    }

    /** One candidate with what every definition says about it. */
    @GetMapping("/mapping/candidates/{id:\\d+}")
    String candidate(@PathVariable long id, Model model) {
        CandidateView candidate =
                mapping.candidate(id).orElseThrow(() -> new NoSuchElementException("no candidate " + id));
        model.addAttribute("candidate", candidate);
        model.addAttribute("verdicts", mapping.verdicts(candidate));
        model.addAttribute("noWarnings", List.of());
        return "mapping/candidate";
    }

    /** The candidates as map points. */
    @GetMapping("/mapping/runs/{id:\\d+}/map-data")
    @ResponseBody
    List<Map<String, Object>> mapData(@PathVariable long id) {
        return mapping.candidates(id).stream()
                .map(c -> Map.<String, Object>of(
                        "id", c.id(),
                        "group", c.groupCode(),
                        "latitude", c.latitude(),
                        "longitude", c.longitude(),
                        "units", c.units(),
                        "extentKm", c.extentKm(),
                        "comparison", c.comparison().name()))
                .toList();
    }

    @PostMapping("/mapping/candidates/{id:\\d+}/send")
    String send(@PathVariable long id, @RequestParam(defaultValue = "") String reviewer, ListPosition at, Model model) {
        return act(id, at, model, () -> mapping.send(id, reviewer));
    }

    @PostMapping("/mapping/candidates/{id:\\d+}/confirm")
    String confirm(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String confidence,
            @RequestParam(defaultValue = "") String note,
            ListPosition at,
            Model model) {
        return act(id, at, model, () -> mapping.confirm(id, confidence(confidence), note));
    }

    @PostMapping("/mapping/candidates/{id:\\d+}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String note, ListPosition at, Model model) {
        return act(id, at, model, () -> mapping.reject(id, note));
    }

    @PostMapping("/mapping/candidates/{id:\\d+}/promote")
    String promote(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String product,
            @RequestParam(defaultValue = "") String typology,
            ListPosition at,
            Model model) {
        return act(id, at, model, () -> mapping.promote(id, new Promotion(name, product, typology)));
    }

    /**
     * Where in a run's list of candidates an action was taken, so the list comes back as it was.
     *
     * @param shown the comparison the list was narrowed to, null for all
     * @param page the page shown, null for the first
     */
    record ListPosition(Comparison shown, Integer page) {

        int pageNumber() {
            return page == null ? 0 : Math.max(0, page);
        }

        String query() {
            return "?page=" + pageNumber() + (shown == null ? "" : "&shown=" + shown);
        }
    }

    /** Does a candidate action and shows its run again, on the same page; a refusal is shown above the candidates. */
    private String act(long candidateId, ListPosition at, Model model, Runnable action) {
        CandidateView candidate =
                mapping.candidate(candidateId).orElseThrow(() -> new NoSuchElementException("no candidate"));
        try {
            action.run();
            return "redirect:/mapping/runs/" + candidate.runId() + at.query() + "#candidate-" + candidateId;
        } catch (IllegalArgumentException | IllegalStateException e) {
            model.addAttribute("actionError", e.getMessage());
            return run(candidate.runId(), at.shown(), at.pageNumber(), model);
        }
    }

    private static Confidence confidence(String value) {
        try {
            return Confidence.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("confidence: choose LOW, MEDIUM or HIGH", e);
        }
    }

    private static double number(String value, String field) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": give a number", e);
        }
    }
}
