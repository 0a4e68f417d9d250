package org.clusterdev.registry.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.platform.Pagination;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public directory of clusters: a filter form, the map and the list, all showing the same search.
 * Clicking a state on the map narrows the search to that state.
 */
@Controller
class DirectoryController {

    static final int PAGE_SIZE = 25;

    private final ClusterRegistry registry;
    private final Geography geography;

    DirectoryController(ClusterRegistry registry, Geography geography) {
        this.registry = registry;
        this.geography = geography;
    }

    @GetMapping("/clusters")
    String directory(
            @ModelAttribute("filters") SearchParameters filters,
            BindingResult binding,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (binding.hasErrors()) {
            // a value that is not even a number: show the form empty with the reason
            model.addAttribute("filters", SearchParameters.none());
            addChoices(SearchParameters.none(), model);
            model.addAttribute("filterError", binding.getFieldErrors().get(0).getField());
            return empty(model);
        }
        addChoices(filters, model);
        ClusterSearch search;
        try {
            search = filters.toSearch();
        } catch (IllegalArgumentException e) {
            model.addAttribute(
                    "filterError", e.getMessage().substring(0, e.getMessage().indexOf(':')));
            return empty(model);
        }
        int requested = Math.max(0, page);
        ClusterRegistry.SearchPage found = registry.find(search, requested * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("clusters", found.items());
        model.addAttribute("page", Pagination.of(requested, PAGE_SIZE, found.total()));
        model.addAttribute("query", filters.queryString());
        return "registry/directory";
    }

    /** The clusters of a search as map points, with their count per state for the choropleth. */
    @GetMapping("/clusters/map-data")
    @ResponseBody
    Map<String, Object> mapData(@ModelAttribute SearchParameters filters) {
        ClusterSearch search = filters.toSearch();
        return Map.of("clusters", registry.points(search), "byState", registry.countByState(search));
    }

    private String empty(Model model) {
        model.addAttribute("clusters", List.of());
        model.addAttribute("page", Pagination.of(0, PAGE_SIZE, 0));
        model.addAttribute("query", "");
        return "registry/directory";
    }

    private void addChoices(SearchParameters filters, Model model) {
        List<State> states = geography.states();
        model.addAttribute("states", states);
        model.addAttribute(
                "stateNames", states.stream().collect(Collectors.toMap(State::code, State::name, (a, b) -> a)));
        model.addAttribute("districts", filters.state() == null ? List.of() : geography.districts(filters.state()));
        model.addAttribute("typologies", registry.typologies());
        model.addAttribute("statuses", List.of("IDENTIFIED", "VALIDATED", "UNDER_INTERVENTION", "GRADUATED"));
    }
}
