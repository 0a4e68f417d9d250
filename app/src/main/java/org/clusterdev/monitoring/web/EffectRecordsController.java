package org.clusterdev.monitoring.web;

import java.util.Optional;
import java.util.function.Supplier;
import org.clusterdev.monitoring.ActivityTakeovers;
import org.clusterdev.monitoring.AssociationWorkSplits;
import org.clusterdev.monitoring.LocalInstitutions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Entry, change and removal of a cluster's sustainability records from its effects page. A refused entry shows the
 * page again with the form as filled in and the field named; nothing is stored.
 */
@Controller
class EffectRecordsController {

    private final LocalInstitutions institutions;
    private final ActivityTakeovers takeovers;
    private final AssociationWorkSplits splits;
    private final ClusterEffectsModel clusterModel;

    EffectRecordsController(
            LocalInstitutions institutions,
            ActivityTakeovers takeovers,
            AssociationWorkSplits splits,
            ClusterEffectsModel clusterModel) {
        this.institutions = institutions;
        this.takeovers = takeovers;
        this.splits = splits;
        this.clusterModel = clusterModel;
    }

    @PostMapping("/monitoring/effects/clusters/{id}/institutions")
    String addInstitution(@PathVariable long id, EffectForms.InstitutionForm form, Model model) {
        return save(id, "institution", form, Optional.empty(), model, () -> institutions.add(id, form.draft()));
    }

    @PostMapping("/monitoring/effects/clusters/{id}/institutions/{record}")
    String changeInstitution(
            @PathVariable long id, @PathVariable long record, EffectForms.InstitutionForm form, Model model) {
        return save(
                id,
                "institution",
                form,
                Optional.of(record),
                model,
                () -> institutions.change(id, record, form.draft(), EffectForms.version(form.version())));
    }

    @PostMapping("/monitoring/effects/clusters/{id}/institutions/{record}/delete")
    String removeInstitution(@PathVariable long id, @PathVariable long record) {
        institutions.remove(id, record);
        return redirect(id, "institution");
    }

    @PostMapping("/monitoring/effects/clusters/{id}/takeovers")
    String addTakeover(@PathVariable long id, EffectForms.TakeoverForm form, Model model) {
        return save(id, "takeover", form, Optional.empty(), model, () -> takeovers.add(id, form.draft()));
    }

    @PostMapping("/monitoring/effects/clusters/{id}/takeovers/{record}")
    String changeTakeover(
            @PathVariable long id, @PathVariable long record, EffectForms.TakeoverForm form, Model model) {
        return save(
                id,
                "takeover",
                form,
                Optional.of(record),
                model,
                () -> takeovers.change(id, record, form.draft(), EffectForms.version(form.version())));
    }

    @PostMapping("/monitoring/effects/clusters/{id}/takeovers/{record}/delete")
    String removeTakeover(@PathVariable long id, @PathVariable long record) {
        takeovers.remove(id, record);
        return redirect(id, "takeover");
    }

    @PostMapping("/monitoring/effects/clusters/{id}/work")
    String addWork(@PathVariable long id, EffectForms.WorkForm form, Model model) {
        return save(id, "work", form, Optional.empty(), model, () -> splits.add(id, form.draft()));
    }

    @PostMapping("/monitoring/effects/clusters/{id}/work/{record}")
    String changeWork(@PathVariable long id, @PathVariable long record, EffectForms.WorkForm form, Model model) {
        return save(
                id,
                "work",
                form,
                Optional.of(record),
                model,
                () -> splits.change(id, record, form.draft(), EffectForms.version(form.version())));
    }

    @PostMapping("/monitoring/effects/clusters/{id}/work/{record}/delete")
    String removeWork(@PathVariable long id, @PathVariable long record) {
        splits.remove(id, record);
        return redirect(id, "work");
    }

    private String save(
            long clusterId, String section, Object form, Optional<Long> record, Model model, Supplier<?> change) {
        try {
            change.get();
            return redirect(clusterId, section);
        } catch (IllegalArgumentException | IllegalStateException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            int colon = message.indexOf(':');
            model.addAttribute(section + "Form", form);
            model.addAttribute(section + "Error", message);
            model.addAttribute(section + "Field", colon < 0 ? "" : message.substring(0, colon));
            record.ifPresent(id -> model.addAttribute(
                    "editing" + Character.toUpperCase(section.charAt(0)) + section.substring(1), id));
            clusterModel.fill(clusterId, model);
            return "monitoring/effects-cluster";
        }
    }

    private static String redirect(long clusterId, String section) {
        return "redirect:/monitoring/effects/clusters/" + clusterId + "?saved=" + section + "#" + section + "s";
    }
}
