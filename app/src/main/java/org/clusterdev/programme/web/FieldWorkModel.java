package org.clusterdev.programme.web;

import org.clusterdev.programme.DiagnosticStudies;
import org.clusterdev.programme.ExitItem;
import org.clusterdev.programme.Implementation;
import org.clusterdev.programme.Intervention;
import org.clusterdev.programme.Interventions;
import org.clusterdev.programme.Stage;
import org.clusterdev.programme.TrustBuilding;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts the field work of an intervention on its page: study, trust building, activities, exit and follow-ups. */
@Component
class FieldWorkModel {

    private final Interventions interventions;
    private final DiagnosticStudies studies;
    private final TrustBuilding trust;
    private final Implementation implementation;

    FieldWorkModel(
            Interventions interventions,
            DiagnosticStudies studies,
            TrustBuilding trust,
            Implementation implementation) {
        this.interventions = interventions;
        this.studies = studies;
        this.trust = trust;
        this.implementation = implementation;
    }

    void fill(Intervention intervention, Model model) {
        long id = intervention.id();
        Stage stage = intervention.stage();
        boolean open = !stage.isFinal();
        boolean mayRecord = interventions.mayRecord(intervention);
        model.addAttribute("study", studies.study(id).orElse(null));
        model.addAttribute("trustActivities", trust.activities(id));
        model.addAttribute("trustCatalogue", trust.catalogue());
        model.addAttribute("activities", implementation.activities(id));
        model.addAttribute("checklist", implementation.exitChecklist(id));
        model.addAttribute("exitItems", ExitItem.values());
        model.addAttribute("followUps", implementation.followUps(id));
        model.addAttribute("mayRecordTrust", mayRecord && open && stage.compareTo(Stage.AGENCY_AND_CDA_IN_PLACE) >= 0);
        model.addAttribute("mayRecordActivity", mayRecord && open && stage.compareTo(Stage.IMPLEMENTING) >= 0);
        model.addAttribute("mayConfirmExit", mayRecord && (stage == Stage.IMPLEMENTING || stage == Stage.EVALUATED));
        model.addAttribute("mayFollowUp", mayRecord && (stage == Stage.HANDED_OVER || stage == Stage.SELF_MANAGING));
    }
}
