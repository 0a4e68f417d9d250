package org.clusterdev.monitoring.web;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.monitoring.RatingEntry;
import org.clusterdev.monitoring.RatingScheme;
import org.clusterdev.monitoring.RatingSchemes;
import org.clusterdev.monitoring.Ratings;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A cluster's ratings and its associations', entering a rating, and one subject's three-year frame. */
@Controller
class RatingController {

    private final Ratings ratings;
    private final RatingSchemes schemes;
    private final ClusterRegistry registry;

    RatingController(Ratings ratings, RatingSchemes schemes, ClusterRegistry registry) {
        this.ratings = ratings;
        this.schemes = schemes;
        this.registry = registry;
    }

    @GetMapping("/monitoring/ratings/clusters/{id}")
    String cluster(@PathVariable long id, @RequestParam(required = false) Integer to, Model model) {
        ClusterSummary cluster = cluster(id);
        int last = to == null ? Ratings.currentYear() : to;
        model.addAttribute("cluster", cluster);
        model.addAttribute("to", last);
        model.addAttribute(
                "yearLabels",
                org.clusterdev.monitoring.RatingFrame.yearsEnding(last).stream()
                        .map(RatingEntry::yearLabel)
                        .toList());
        model.addAttribute(
                "clusterFrames",
                schemes.published(RatingScheme.Subject.CLUSTER).stream()
                        .map(s -> ratings.frame(s.code(), id, Optional.empty(), last))
                        .toList());
        model.addAttribute("associationSchemes", schemes.published(RatingScheme.Subject.ASSOCIATION));
        model.addAttribute("associations", ratings.associations(id));
        model.addAttribute("mayRate", ratings.mayRate(cluster.stateCode(), id));
        return "monitoring/rating-cluster";
    }

    @GetMapping("/monitoring/ratings/schemes/{code}/subject")
    String subject(
            @PathVariable String code,
            @RequestParam long cluster,
            @RequestParam(required = false) Long actor,
            @RequestParam(required = false) Integer to,
            Model model) {
        model.addAttribute(
                "frame",
                ratings.frame(code, cluster, Optional.ofNullable(actor), to == null ? Ratings.currentYear() : to));
        return "monitoring/rating-frame";
    }

    @GetMapping("/monitoring/ratings/schemes/{code}/rate")
    String form(
            @PathVariable String code,
            @RequestParam long cluster,
            @RequestParam(required = false) Long actor,
            @RequestParam(required = false) Integer year,
            Model model) {
        int rated = year == null ? Ratings.currentYear() : year;
        Map<String, String> values = new HashMap<>();
        ratings.rating(code, cluster, Optional.ofNullable(actor), rated).ifPresent(r -> {
            r.scores().forEach(s -> {
                values.put("score." + s.criterionCode(), Integer.toString(s.score()));
                s.note().ifPresent(n -> values.put("note." + s.criterionCode(), n));
            });
            r.note().ifPresent(n -> values.put("note", n));
        });
        return page(code, cluster, actor, rated, values, Optional.empty(), model);
    }

    @PostMapping("/monitoring/ratings/schemes/{code}/rate")
    String rate(
            @PathVariable String code,
            @RequestParam long cluster,
            @RequestParam(required = false) Long actor,
            @RequestParam(required = false) String year,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> values = params.toSingleValueMap();
        int rated = year == null || !year.strip().matches("[0-9]{4}") ? 0 : Integer.parseInt(year.strip());
        try {
            if (rated == 0) {
                throw new IllegalArgumentException(
                        "year: give the financial year as its first calendar year, e.g. 2024");
            }
            ratings.rate(entry(code, cluster, actor, rated, values));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/monitoring/ratings/schemes/" + code + "/subject?cluster=" + cluster
                    + (actor == null ? "" : "&actor=" + actor) + "&to=" + rated;
        } catch (IllegalArgumentException e) {
            return page(
                    code,
                    cluster,
                    actor,
                    rated == 0 ? Ratings.currentYear() : rated,
                    values,
                    Optional.of(RatingError.of(e)),
                    model);
        }
    }

    private static RatingEntry entry(String code, long cluster, Long actor, int year, Map<String, String> values) {
        Map<String, Integer> scores = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith("score.") && !value.isBlank()) {
                String criterion = key.substring("score.".length());
                try {
                    scores.put(criterion, Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "scores." + criterion + ": '" + value + "' is not a whole number");
                }
            }
            if (key.startsWith("note.")) {
                notes.put(key.substring("note.".length()), value);
            }
        });
        return new RatingEntry(
                code,
                year,
                cluster,
                Optional.ofNullable(actor),
                scores,
                notes,
                Optional.ofNullable(values.get("note")));
    }

    private String page(
            String code,
            long clusterId,
            Long actor,
            int year,
            Map<String, String> values,
            Optional<RatingError> error,
            Model model) {
        RatingScheme scheme = schemes.scheme(code)
                .filter(RatingScheme::published)
                .orElseThrow(() -> new NoSuchElementException(code));
        ClusterSummary cluster = cluster(clusterId);
        if (!ratings.mayRate(cluster.stateCode(), clusterId)) {
            throw new AccessDeniedException("You may not rate this cluster.");
        }
        model.addAttribute("scheme", scheme);
        model.addAttribute("cluster", cluster);
        model.addAttribute("actor", actor);
        model.addAttribute("associations", ratings.associations(clusterId));
        model.addAttribute("year", year);
        model.addAttribute("values", values);
        error.ifPresent(e -> model.addAttribute("error", e));
        return "monitoring/rating-form";
    }

    private ClusterSummary cluster(long id) {
        return registry.summary(id).orElseThrow(() -> new NoSuchElementException("no cluster " + id));
    }
}
