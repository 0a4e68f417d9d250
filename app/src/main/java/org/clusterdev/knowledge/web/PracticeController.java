package org.clusterdev.knowledge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.knowledge.ActivityType;
import org.clusterdev.knowledge.BestPractices;
import org.clusterdev.knowledge.PracticeDetails;
import org.clusterdev.knowledge.Theme;
import org.clusterdev.registry.ClusterRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Best practices: the list with the recording form, one practice, and the lessons suggested for a cluster (an htmx
 * fragment the cluster profile loads).
 */
@Controller
class PracticeController {

    private final BestPractices practices;
    private final ClusterRegistry registry;

    PracticeController(BestPractices practices, ClusterRegistry registry) {
        this.practices = practices;
        this.registry = registry;
    }

    @GetMapping("/practices")
    String index(Model model) {
        model.addAttribute("practices", practices.recent(100));
        model.addAttribute("mayRecord", practices.mayRecord());
        if (practices.mayRecord()) {
            model.addAttribute("clusters", registry.all());
            model.addAttribute("activityTypes", ActivityType.values());
            model.addAttribute("themes", Theme.values());
        }
        return "knowledge/practices";
    }

    @PostMapping("/practices")
    String record(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String problem,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String result,
            @RequestParam(defaultValue = "") String cost,
            @RequestParam(defaultValue = "") String cluster,
            @RequestParam(defaultValue = "") String activityType,
            @RequestParam(required = false) List<String> themes,
            Model model) {
        try {
            long id = practices.record(new PracticeDetails(
                    title,
                    problem,
                    action,
                    result,
                    cost.isBlank() ? Optional.empty() : Optional.of(number(cost, "costRupees")),
                    number(cluster, "clusterId"),
                    activityType.isBlank() ? null : choice(ActivityType.class, activityType, "activityType"),
                    themes(themes),
                    Optional.empty()));
            return "redirect:/practices/" + id;
        } catch (IllegalArgumentException e) {
            model.addAttribute("practiceError", e.getMessage());
            return index(model);
        }
    }

    @GetMapping("/practices/{id:\\d+}")
    String practice(@PathVariable long id, Model model) {
        model.addAttribute(
                "practice", practices.practice(id).orElseThrow(() -> new NoSuchElementException("no practice " + id)));
        return "knowledge/practice";
    }

    /** The lessons from similar clusters, as a fragment for a cluster's page (or an action-plan screen). */
    @GetMapping("/practices/lessons")
    String lessons(@RequestParam long cluster, Model model) {
        model.addAttribute("lessons", practices.lessonsFor(cluster, 5));
        return "knowledge/lessons :: lessons";
    }

    private static List<Theme> themes(List<String> values) {
        List<Theme> themes = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            themes.add(choice(Theme.class, value, "themes"));
        }
        return themes;
    }

    private static long number(String value, String field) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a whole number");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not one of the choices");
        }
    }
}
