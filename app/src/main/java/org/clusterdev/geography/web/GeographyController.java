package org.clusterdev.geography.web;

import java.util.NoSuchElementException;
import org.clusterdev.geography.Geography;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages of the reference geography: states, their districts and a PIN-code lookup. */
@Controller
class GeographyController {

    private final Geography geography;

    GeographyController(Geography geography) {
        this.geography = geography;
    }

    @GetMapping("/geography")
    String states(@RequestParam(defaultValue = "") String pin, Model model) {
        model.addAttribute("states", geography.states());
        model.addAttribute("pinCount", geography.pinCount());
        model.addAttribute("pin", pin);
        if (!pin.isBlank()) {
            try {
                model.addAttribute("location", geography.locate(pin).orElse(null));
                model.addAttribute("pinChecked", true);
            } catch (IllegalArgumentException e) {
                model.addAttribute("pinInvalid", true);
            }
        }
        return "geography/states";
    }

    @GetMapping("/geography/states/{code}")
    String districts(@PathVariable int code, Model model) {
        model.addAttribute(
                "state", geography.state(code).orElseThrow(() -> new NoSuchElementException("no state " + code)));
        model.addAttribute("districts", geography.districts(code));
        return "geography/districts";
    }
}
