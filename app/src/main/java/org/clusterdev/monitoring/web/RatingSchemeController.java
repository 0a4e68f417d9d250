package org.clusterdev.monitoring.web;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.monitoring.RatingSchemes;
import org.clusterdev.monitoring.Ratings;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The rating schemes: the list, each published scoring grid, and the editor for administrators. */
@Controller
class RatingSchemeController {

    private final RatingSchemes schemes;
    private final ClusterRegistry registry;

    RatingSchemeController(RatingSchemes schemes, ClusterRegistry registry) {
        this.schemes = schemes;
        this.registry = registry;
    }

    @GetMapping("/monitoring/ratings")
    String index(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("schemes", schemes.schemes());
        model.addAttribute("mayEdit", schemes.mayEdit());
        model.addAttribute("year", Ratings.currentYear());
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute(
                    "found", registry.search(ClusterSearch.everything().withText(q), 0, 20));
        }
        return "monitoring/ratings";
    }

    @GetMapping("/monitoring/ratings/schemes/{code}")
    String grid(@PathVariable String code, Model model) {
        model.addAttribute("scheme", schemes.scheme(code).orElseThrow(() -> new NoSuchElementException(code)));
        model.addAttribute("mayEdit", schemes.mayEdit());
        model.addAttribute("frozen", schemes.hasRatings(code));
        model.addAttribute("year", Ratings.currentYear());
        return "monitoring/rating-scheme";
    }

    @GetMapping("/monitoring/ratings/schemes/new")
    String create(Model model) {
        return editor(RatingSchemeForm.empty(), true, Optional.empty(), model);
    }

    @GetMapping("/monitoring/ratings/schemes/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        return editor(
                RatingSchemeForm.of(schemes.scheme(code).orElseThrow(() -> new NoSuchElementException(code))),
                false,
                Optional.empty(),
                model);
    }

    @PostMapping("/monitoring/ratings/schemes")
    String save(@ModelAttribute RatingSchemeForm form, Model model) {
        boolean isNew = form.version() == null;
        try {
            var scheme = form.toScheme();
            schemes.save(scheme, Optional.ofNullable(form.version()));
            return "redirect:/monitoring/ratings/schemes/" + scheme.code();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return editor(form, isNew, Optional.of(RatingError.of(e)), model);
        }
    }

    private String editor(RatingSchemeForm form, boolean isNew, Optional<RatingError> error, Model model) {
        if (!schemes.mayEdit()) {
            throw new AccessDeniedException("Only administrators edit rating schemes.");
        }
        model.addAttribute("form", form);
        model.addAttribute("isNew", isNew);
        error.ifPresent(e -> model.addAttribute("error", e));
        return "monitoring/rating-scheme-form";
    }
}
