package org.clusterdev.programme;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.programme.internal.StudyRows;
import org.clusterdev.programme.plan.PlanBudgets;
import org.clusterdev.programme.plan.PlanRows;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.stereotype.Service;

/**
 * The programme's reports as PDF files for filing in the knowledge base (issue 7): the diagnostic report of a
 * validated study and the action plan in force. Rendered from the same templates as the downloads, without a
 * user's scope, because filing happens after the fact and on nobody's behalf; who may read the filed copy is
 * decided where it is filed.
 */
@Service
public class GeneratedReports {

    private final Interventions interventions;
    private final StudyRows studies;
    private final PlanRows plans;
    private final PlanBudgets budgets;
    private final Schemes schemes;
    private final ClusterRegistry registry;
    private final PdfReports pdf;

    GeneratedReports(
            Interventions interventions,
            StudyRows studies,
            PlanRows plans,
            PlanBudgets budgets,
            Schemes schemes,
            ClusterRegistry registry,
            PdfReports pdf) {
        this.interventions = interventions;
        this.studies = studies;
        this.plans = plans;
        this.budgets = budgets;
        this.schemes = schemes;
        this.registry = registry;
        this.pdf = pdf;
    }

    /** The diagnostic report of the intervention in the language asked for; empty unless its study is validated. */
    public Optional<byte[]> diagnosticReport(long interventionId, Locale locale) {
        Optional<Intervention> intervention = interventions.details(interventionId);
        Optional<DiagnosticStudy> study = studies.find(interventionId).filter(DiagnosticStudy::validated);
        if (intervention.isEmpty() || study.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(pdf.render(
                "programme/pdf/diagnostic-report",
                Map.of(
                        "intervention", intervention.get(),
                        "study", study.get(),
                        "sections", StudySection.values(),
                        "scheme", schemes.find(intervention.get().schemeCode()).orElseThrow(),
                        "clusterName",
                                registry.summary(intervention.get().clusterId())
                                        .map(ClusterSummary::name)
                                        .orElse("")),
                locale));
    }

    /** The approved version of the intervention's action plan in force, with its rule check; empty without one. */
    public Optional<byte[]> approvedActionPlan(long interventionId, Locale locale) {
        Optional<InterventionRef> intervention = interventions.find(interventionId);
        Optional<PlanVersion> approved = plans.plan(interventionId)
                .map(ref -> new ActionPlan(ref.id(), interventionId, ref.version(), plans.versions(ref.id())))
                .flatMap(ActionPlan::approved);
        if (intervention.isEmpty() || approved.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(pdf.render(
                "programme/plan/pdf",
                Map.of(
                        "interventionTitle",
                                interventions
                                        .details(interventionId)
                                        .map(Intervention::title)
                                        .orElse(""),
                        "shown", approved.get(),
                        "breaches", budgets.breaches(intervention.get(), approved.get()),
                        "sources", FundingSource.values()),
                locale));
    }

    /** The intervention's facts, for the filed copy's metadata. */
    public Optional<Intervention> intervention(long interventionId) {
        return interventions.details(interventionId);
    }
}
