package org.clusterdev.registry.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.registry.ClusterRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: key figures, the map and the latest clusters. */
@Controller
class ObservatoryController {

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

    private Map<Integer, String> stateNames() {
        return geography.states().stream().collect(Collectors.toMap(State::code, State::name, (a, b) -> a));
    }
}
