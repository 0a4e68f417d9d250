package org.clusterdev.selection.web;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.selection.Agencies;
import org.clusterdev.selection.Agency;
import org.clusterdev.selection.AgencyDraft;
import org.clusterdev.selection.AgencyKind;
import org.clusterdev.selection.EngagementDraft;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Agencies with their cluster-years: the list, registering one, an agency's page with its engagements. */
@Controller
class AgencyPages {

    private final Agencies agencies;
    private final ClusterRegistry registry;
    private final Geography geography;

    AgencyPages(Agencies agencies, ClusterRegistry registry, Geography geography) {
        this.agencies = agencies;
        this.registry = registry;
        this.geography = geography;
    }

    @GetMapping("/agencies")
    String list(Model model) {
        return listPage(new AgencyForm("", "IMPLEMENTING_AGENCY", "", "", "", "", "0"), Optional.empty(), model);
    }

    @PostMapping("/agencies")
    String register(@ModelAttribute AgencyForm form, Model model) {
        try {
            return "redirect:/agencies/" + agencies.register(form.toDraft());
        } catch (IllegalArgumentException e) {
            return listPage(form, Optional.of(FormError.of(e)), model);
        }
    }

    @GetMapping("/agencies/{id}")
    String agency(@PathVariable long id, Model model) {
        Agency agency = agencies.find(id).orElseThrow(() -> new NoSuchElementException("no agency " + id));
        model.addAttribute("agency", agency);
        model.addAttribute("engagements", agencies.engagements(id));
        model.addAttribute("clusters", registry.all());
        model.addAttribute("states", stateNames());
        model.addAttribute("history", agencies.history(id));
        model.addAttribute("mayEdit", agencies.mayRegister(agency.stateCode()));
        return "selection/agency";
    }

    @GetMapping("/agencies/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Agency agency = editable(id);
        return editPage(
                agency,
                new AgencyForm(
                        agency.name(),
                        agency.kind().name(),
                        Integer.toString(agency.stateCode()),
                        agency.contactPerson(),
                        agency.contactEmail(),
                        agency.contactPhone(),
                        Integer.toString(agency.trainedPersons())),
                agency.version(),
                Optional.empty(),
                model);
    }

    @PostMapping("/agencies/{id}/edit")
    String update(
            @PathVariable long id,
            @ModelAttribute AgencyForm form,
            @RequestParam(defaultValue = "-1") int version,
            Model model,
            RedirectAttributes redirect) {
        Agency agency = editable(id);
        try {
            agencies.update(id, version, form.toDraft());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/agencies/" + id;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return editPage(agency, form, version, Optional.of(FormError.of(e)), model);
        }
    }

    private Agency editable(long id) {
        Agency agency = agencies.find(id).orElseThrow(() -> new NoSuchElementException("no agency " + id));
        if (!agencies.mayRegister(agency.stateCode())) {
            throw new AccessDeniedException("You may not change this agency.");
        }
        return agency;
    }

    private String editPage(Agency agency, AgencyForm form, int version, Optional<FormError> error, Model model) {
        model.addAttribute("agency", agency);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("stateList", geography.states());
        model.addAttribute("kinds", AgencyKind.values());
        error.ifPresent(e -> model.addAttribute("error", e));
        return "selection/agency-edit";
    }

    @PostMapping("/agencies/{id}/engagements")
    String engage(@PathVariable long id, @ModelAttribute EngagementForm form, RedirectAttributes redirect) {
        try {
            agencies.engage(
                    id,
                    new EngagementDraft(
                            FormValues.requiredId("clusterId", form.clusterId()),
                            FormValues.id("interventionId", form.interventionId()),
                            FormValues.requiredDate("startedOn", form.startedOn()),
                            FormValues.date("endedOn", form.endedOn()),
                            form.note()));
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", FormError.of(e));
        }
        return "redirect:/agencies/" + id;
    }

    @PostMapping("/agencies/{id}/engagements/{engagementId}/end")
    String end(
            @PathVariable long id,
            @PathVariable long engagementId,
            @ModelAttribute EndForm form,
            RedirectAttributes redirect) {
        try {
            agencies.endEngagement(engagementId, FormValues.requiredDate("endedOn", form.endedOn()));
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", FormError.of(e));
        }
        return "redirect:/agencies/" + id;
    }

    private String listPage(AgencyForm form, Optional<FormError> error, Model model) {
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("form", form);
        model.addAttribute("mayRegister", geography.states().stream().anyMatch(s -> agencies.mayRegister(s.code())));
        model.addAttribute("stateList", geography.states());
        model.addAttribute("states", stateNames());
        model.addAttribute("kinds", AgencyKind.values());
        error.ifPresent(e -> model.addAttribute("error", e));
        return "selection/agencies";
    }

    private Map<Integer, String> stateNames() {
        return geography.states().stream().collect(Collectors.toMap(State::code, State::name));
    }

    /** The registration form, text as typed. */
    record AgencyForm(
            String name,
            String kind,
            String stateCode,
            String contactPerson,
            String contactEmail,
            String contactPhone,
            String trainedPersons) {

        AgencyDraft toDraft() {
            AgencyKind agencyKind;
            try {
                agencyKind = AgencyKind.valueOf(kind == null ? "" : kind);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("kind: choose implementing agency or resource organisation");
            }
            return new AgencyDraft(
                    name,
                    agencyKind,
                    FormValues.requiredInt("stateCode", stateCode),
                    contactPerson,
                    contactEmail,
                    contactPhone,
                    trainedPersons == null || trainedPersons.isBlank()
                            ? 0
                            : FormValues.requiredInt("trainedPersons", trainedPersons));
        }
    }

    record EngagementForm(String clusterId, String interventionId, String startedOn, String endedOn, String note) {}

    record EndForm(String endedOn) {}
}
