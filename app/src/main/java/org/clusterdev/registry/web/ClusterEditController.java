package org.clusterdev.registry.web;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.geography.Geography;
import org.clusterdev.registry.ClusterChanges.Need;
import org.clusterdev.registry.ClusterDraft;
import org.clusterdev.registry.ClusterEditing;
import org.clusterdev.registry.ClusterRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and editing clusters, for the roles and scopes {@link ClusterEditing} allows. */
@Controller
class ClusterEditController {

    private final ClusterEditing editing;
    private final ClusterRegistry registry;
    private final Geography geography;

    ClusterEditController(ClusterEditing editing, ClusterRegistry registry, Geography geography) {
        this.editing = editing;
        this.registry = registry;
        this.geography = geography;
    }

    @GetMapping("/clusters/new")
    String newCluster(Model model) {
        return form(ClusterForm.empty(), Optional.empty(), Optional.empty(), model);
    }

    @PostMapping("/clusters/new")
    String create(@ModelAttribute ClusterForm form, Model model, RedirectAttributes redirect) {
        try {
            long id = editing.create(form.toChanges());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/clusters/" + id;
        } catch (IllegalArgumentException e) {
            return form(form, Optional.empty(), Optional.of(FormError.of(e)), model);
        }
    }

    @GetMapping("/clusters/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ClusterDraft draft = editable(id);
        return form(ClusterForm.of(draft), Optional.of(id), Optional.empty(), model);
    }

    @PostMapping("/clusters/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute ClusterForm form, Model model, RedirectAttributes redirect) {
        editable(id);
        try {
            editing.update(id, form.version() == null ? -1 : form.version(), form.toChanges());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/clusters/" + id;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return form(form, Optional.of(id), Optional.of(FormError.of(e)), model);
        }
    }

    private ClusterDraft editable(long id) {
        ClusterDraft draft = editing.draft(id).orElseThrow(() -> new NoSuchElementException("no cluster " + id));
        if (!editing.mayEdit(draft)) {
            throw new AccessDeniedException("You may not edit this cluster.");
        }
        return draft;
    }

    private String form(ClusterForm form, Optional<Long> id, Optional<FormError> error, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("clusterId", id.orElse(null));
        model.addAttribute("states", geography.states());
        model.addAttribute("districts", form.state() == null ? java.util.List.of() : geography.districts(form.state()));
        model.addAttribute("typologies", registry.typologies());
        model.addAttribute("needs", Need.values());
        error.ifPresent(e -> model.addAttribute("error", e));
        return "registry/edit";
    }

    /** A refusal split into the field it concerns and the reason, for display next to that field. */
    record FormError(String field, String reason) implements java.io.Serializable {

        static FormError of(RuntimeException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            int colon = message.indexOf(':');
            return colon > 0
                    ? new FormError(
                            message.substring(0, colon),
                            message.substring(colon + 1).strip())
                    : new FormError("form", message);
        }
    }
}
