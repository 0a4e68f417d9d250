package org.clusterdev.registry.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.registry.ClusterDefinitions;
import org.clusterdev.registry.ClusterEditing;
import org.clusterdev.registry.ClusterProfile;
import org.clusterdev.registry.ClusterProfiles;
import org.clusterdev.registry.DefinitionAssessment;
import org.clusterdev.registry.FiguresOfYear;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A cluster's public profile: figures and their trend, stakeholders and their linkage network; for its
 * editors also the form for a year's figures and the history of changes.
 */
@Controller
class ProfileController {

    private final ClusterProfiles profiles;
    private final ClusterEditing editing;
    private final ClusterDefinitions definitions;
    private final Geography geography;

    ProfileController(
            ClusterProfiles profiles, ClusterEditing editing, ClusterDefinitions definitions, Geography geography) {
        this.profiles = profiles;
        this.editing = editing;
        this.definitions = definitions;
        this.geography = geography;
    }

    @GetMapping("/clusters/{id:\\d+}")
    String profile(@PathVariable long id, Model model) {
        ClusterProfile profile = profiles.find(id).orElseThrow(() -> new NoSuchElementException("no cluster " + id));
        boolean mayEdit = editing.draft(id).map(editing::mayEdit).orElse(false);
        model.addAttribute("cluster", mayEdit ? profile : profile.withoutPersonalData());
        model.addAttribute(
                "stateName",
                geography.state(profile.stateCode()).map(State::name).orElse(""));
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("history", mayEdit ? editing.history(id) : List.of());
        DefinitionAssessment assessment = definitions.assess(id);
        model.addAttribute("verdicts", assessment.verdicts());
        model.addAttribute("maturity", assessment.maturity());
        model.addAttribute("warnings", assessment.warnings());
        return "registry/profile";
    }

    @PostMapping("/clusters/{id:\\d+}/figures")
    String recordFigures(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String enterprises,
            @RequestParam(defaultValue = "") String artisans,
            @RequestParam(defaultValue = "") String looms,
            @RequestParam(defaultValue = "") String employment,
            @RequestParam(defaultValue = "") String turnoverRupees,
            @RequestParam(defaultValue = "") String exportsRupees,
            RedirectAttributes redirect) {
        try {
            editing.recordFigures(
                    id,
                    new FiguresOfYear(
                            whole(year, "year").orElseThrow(() -> new IllegalArgumentException("year: is required")),
                            whole(enterprises, "enterprises"),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            whole(artisans, "artisans"),
                            whole(looms, "looms"),
                            Optional.empty(),
                            whole(employment, "employment"),
                            rupees(turnoverRupees, "turnoverRupees"),
                            rupees(exportsRupees, "exportsRupees"),
                            Optional.<BigDecimal>empty(),
                            Optional.<BigDecimal>empty()));
            redirect.addFlashAttribute("figuresSaved", true);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("figuresError", ClusterEditController.FormError.of(e));
        }
        return "redirect:/clusters/" + id + "#figures";
    }

    private static Optional<Integer> whole(String value, String field) {
        return rupees(value, field).map(Math::toIntExact);
    }

    private static Optional<Long> rupees(String value, String field) {
        String digits = value.strip().replace(",", "");
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": is not a whole number", e);
        }
    }
}
