package org.clusterdev.registry.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.platform.Pagination;
import org.clusterdev.registry.ClusterRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public face of the registry: the home page with its map, and the list of clusters. */
@Controller
class ObservatoryController {

    static final int PAGE_SIZE = 25;

    private final ClusterRegistry registry;
    private final Geography geography;

    ObservatoryController(ClusterRegistry registry, Geography geography) {
        this.registry = registry;
        this.geography = geography;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("totals", registry.totals());
        model.addAttribute("pinCount", geography.pinCount());
        model.addAttribute("clusters", registry.page(0, 8));
        model.addAttribute("stateNames", stateNames());
        return "registry/home";
    }

    @GetMapping("/clusters")
    String clusters(@RequestParam(defaultValue = "0") int page, Model model) {
        Pagination pagination = Pagination.of(page, PAGE_SIZE, registry.count());
        model.addAttribute("clusters", registry.page(pagination.offset(), PAGE_SIZE));
        model.addAttribute("page", pagination);
        model.addAttribute("stateNames", stateNames());
        return "registry/clusters";
    }

    private Map<Integer, String> stateNames() {
        return geography.states().stream().collect(Collectors.toMap(State::code, State::name, (a, b) -> a));
    }
}
