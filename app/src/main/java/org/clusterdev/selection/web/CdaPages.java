package org.clusterdev.selection.web;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.selection.Assignment;
import org.clusterdev.selection.AssignmentDraft;
import org.clusterdev.selection.Cda;
import org.clusterdev.selection.CdaDraft;
import org.clusterdev.selection.CdaSpeciality;
import org.clusterdev.selection.Cdas;
import org.clusterdev.selection.TrainingDraft;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** CDAs: the list, registering one, a CDA's page with assignments, tenure warnings and training. */
@Controller
class CdaPages {

    private final Cdas cdas;
    private final ClusterRegistry registry;
    private final Geography geography;

    CdaPages(Cdas cdas, ClusterRegistry registry, Geography geography) {
        this.cdas = cdas;
        this.registry = registry;
        this.geography = geography;
    }

    @GetMapping("/cdas")
    String list(Model model) {
        return listPage(new CdaForm("", "", "NETWORKING", "", "", ""), Optional.empty(), model);
    }

    @PostMapping("/cdas")
    String register(@ModelAttribute CdaForm form, Model model) {
        try {
            return "redirect:/cdas/" + cdas.register(form.toDraft());
        } catch (IllegalArgumentException e) {
            return listPage(form, Optional.of(FormError.of(e)), model);
        }
    }

    @GetMapping("/cdas/{id}")
    String cda(@PathVariable long id, Model model) {
        Cda cda = cdas.find(id).orElseThrow(() -> new NoSuchElementException("no CDA " + id));
        model.addAttribute("cda", cda);
        model.addAttribute("assignments", cdas.assignments(id));
        model.addAttribute("trainings", cdas.trainings(id));
        model.addAttribute("clusters", registry.all());
        model.addAttribute("states", stateNames());
        return "selection/cda";
    }

    @PostMapping("/cdas/{id}/assignments")
    String assign(@PathVariable long id, @ModelAttribute AssignmentForm form, RedirectAttributes redirect) {
        try {
            cdas.assign(
                    id,
                    new AssignmentDraft(
                            FormValues.requiredId("clusterId", form.clusterId()),
                            Boolean.TRUE.equals(form.dedicated()),
                            Boolean.TRUE.equals(form.stationed()),
                            form.teamRole(),
                            FormValues.requiredDate("startedOn", form.startedOn())));
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", FormError.of(e));
        }
        return "redirect:/cdas/" + id;
    }

    @PostMapping("/cdas/{id}/assignments/{assignmentId}/end")
    String end(
            @PathVariable long id,
            @PathVariable long assignmentId,
            @ModelAttribute EndForm form,
            RedirectAttributes redirect) {
        try {
            Assignment ended = cdas.endAssignment(
                    assignmentId, FormValues.requiredDate("endedOn", form.endedOn()), form.endReason());
            redirect.addFlashAttribute("saved", true);
            if (ended.leftEarly()) {
                redirect.addFlashAttribute("earlyDeparture", ended.clusterName());
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", FormError.of(e));
        }
        return "redirect:/cdas/" + id;
    }

    @PostMapping("/cdas/{id}/trainings")
    String train(@PathVariable long id, @ModelAttribute TrainingForm form, RedirectAttributes redirect) {
        try {
            cdas.train(
                    id,
                    new TrainingDraft(
                            form.course(),
                            form.provider(),
                            FormValues.requiredDate("startedOn", form.startedOn()),
                            FormValues.requiredDate("endedOn", form.endedOn()),
                            form.fieldWork(),
                            FormValues.id("fieldClusterId", form.fieldClusterId())));
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", FormError.of(e));
        }
        return "redirect:/cdas/" + id;
    }

    private String listPage(CdaForm form, Optional<FormError> error, Model model) {
        model.addAttribute("cdas", cdas.all());
        model.addAttribute("form", form);
        model.addAttribute("mayRegister", geography.states().stream().anyMatch(s -> cdas.mayRegister(s.code())));
        model.addAttribute("stateList", geography.states());
        model.addAttribute("states", stateNames());
        model.addAttribute("specialities", CdaSpeciality.values());
        error.ifPresent(e -> model.addAttribute("error", e));
        return "selection/cdas";
    }

    private Map<Integer, String> stateNames() {
        return geography.states().stream().collect(Collectors.toMap(State::code, State::name));
    }

    /** The registration form, text as typed. */
    record CdaForm(
            String name,
            String stateCode,
            String speciality,
            String employer,
            String contactEmail,
            String contactPhone) {

        CdaDraft toDraft() {
            CdaSpeciality chosen;
            try {
                chosen = CdaSpeciality.valueOf(speciality == null ? "" : speciality);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("speciality: choose networking or technical");
            }
            return new CdaDraft(
                    name, FormValues.requiredInt("stateCode", stateCode), chosen, employer, contactEmail, contactPhone);
        }
    }

    record AssignmentForm(String clusterId, Boolean dedicated, Boolean stationed, String teamRole, String startedOn) {}

    record EndForm(String endedOn, String endReason) {}

    record TrainingForm(
            String course,
            String provider,
            String startedOn,
            String endedOn,
            String fieldWork,
            String fieldClusterId) {}
}
