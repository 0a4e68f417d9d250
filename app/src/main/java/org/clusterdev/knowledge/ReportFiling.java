package org.clusterdev.knowledge;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clusterdev.knowledge.internal.GeneratedDocuments;
import org.clusterdev.monitoring.Evaluation;
import org.clusterdev.monitoring.EvaluationCompleted;
import org.clusterdev.monitoring.EvaluationKind;
import org.clusterdev.monitoring.EvaluationLesson;
import org.clusterdev.monitoring.EvaluationTheme;
import org.clusterdev.monitoring.Evaluations;
import org.clusterdev.programme.ActionPlanApproved;
import org.clusterdev.programme.DiagnosticStudyValidated;
import org.clusterdev.programme.GeneratedReports;
import org.clusterdev.programme.InterventionRef;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Files the reports the programme and monitoring generate into the document repository (issue 7): the diagnostic
 * report when a study is validated, the action plan when a version is approved, the evaluation report when an
 * evaluation is completed. Each is filed with its kind, cluster, state, scheme and year, restricted to the people
 * working on programmes; filing a newer version replaces the earlier document rather than adding another. The
 * lessons of a completed evaluation marked for it become best practices, each once, linked to the filed report.
 */
@Service
public class ReportFiling {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final GeneratedReports programmeReports;
    private final Evaluations evaluations;
    private final ClusterRegistry registry;
    private final GeneratedDocuments documents;
    private final BestPractices practices;

    ReportFiling(
            GeneratedReports programmeReports,
            Evaluations evaluations,
            ClusterRegistry registry,
            GeneratedDocuments documents,
            BestPractices practices) {
        this.programmeReports = programmeReports;
        this.evaluations = evaluations;
        this.registry = registry;
        this.documents = documents;
        this.practices = practices;
    }

    @ApplicationModuleListener
    void on(DiagnosticStudyValidated validated) {
        InterventionRef intervention = validated.intervention();
        programmeReports
                .diagnosticReport(intervention.id(), Locale.ENGLISH)
                .ifPresent(pdf -> file(
                        "DIAGNOSTIC_STUDY",
                        intervention.id(),
                        DocumentKind.DIAGNOSTIC_REPORT,
                        "Diagnostic report: " + title(intervention),
                        intervention,
                        validated.at().atZone(INDIA).getYear(),
                        "diagnostic-report-" + intervention.id() + ".pdf",
                        pdf));
    }

    @ApplicationModuleListener
    void on(ActionPlanApproved approved) {
        InterventionRef intervention = approved.intervention();
        programmeReports
                .approvedActionPlan(intervention.id(), Locale.ENGLISH)
                .ifPresent(pdf -> file(
                        "ACTION_PLAN",
                        intervention.id(),
                        DocumentKind.ACTION_PLAN,
                        "Action plan, version " + approved.version() + ": " + title(intervention),
                        intervention,
                        approved.at().atZone(INDIA).getYear(),
                        "action-plan-" + intervention.id() + ".pdf",
                        pdf));
    }

    @ApplicationModuleListener
    void on(EvaluationCompleted completed) {
        Optional<Evaluation> evaluation = evaluations.completed(completed.evaluationId());
        if (evaluation.isEmpty()) {
            return;
        }
        String kind = completed.kind() == EvaluationKind.MID_TERM ? "Mid-term evaluation" : "End-of-project evaluation";
        long documentId = file(
                "EVALUATION",
                completed.evaluationId(),
                DocumentKind.EVALUATION,
                kind + ": " + evaluation.get().interventionTitle(),
                completed.intervention(),
                completed.year(),
                "evaluation-" + completed.evaluationId() + ".pdf",
                evaluations.report(completed.evaluationId(), Locale.ENGLISH));
        for (EvaluationLesson lesson : evaluation.get().lessons()) {
            if (lesson.publish() && documents.practiceOf(lesson.id()).isEmpty()) {
                long practice = practices.store(
                        practice(lesson, evaluation.get().clusterId(), documentId), completed.completedBy());
                documents.published(lesson.id(), practice);
            }
        }
    }

    /** The filed document of a generated report, if it was filed: for pages that link to it. */
    public Optional<Long> documentOf(String source, long sourceId) {
        return documents.documentOf(source, sourceId);
    }

    private long file(
            String source,
            long sourceId,
            DocumentKind kind,
            String title,
            InterventionRef intervention,
            int year,
            String fileName,
            byte[] pdf) {
        Optional<ClusterSummary> cluster = registry.summary(intervention.clusterId());
        DocumentDetails details = new DocumentDetails(
                title.length() > 300 ? title.substring(0, 300) : title,
                kind,
                "en",
                Optional.of(year),
                Optional.of(intervention.stateCode()),
                List.of(intervention.clusterId()),
                Optional.of(intervention.schemeCode()),
                Optional.empty(),
                cluster.map(ClusterSummary::product),
                Optional.empty(),
                Optional.empty(),
                Visibility.RESTRICTED,
                DocumentLibrary.CONTRIBUTORS);
        String words = cluster.map(c -> c.name() + " " + c.product()).orElse("");
        return documents.file(new GeneratedDocuments.Report(source, sourceId, details, fileName, words), pdf);
    }

    private String title(InterventionRef intervention) {
        return programmeReports
                .intervention(intervention.id())
                .map(org.clusterdev.programme.Intervention::title)
                .orElse("#" + intervention.id());
    }

    static PracticeDetails practice(EvaluationLesson lesson, long clusterId, long documentId) {
        return new PracticeDetails(
                lesson.title(),
                lesson.problem(),
                lesson.action(),
                lesson.result(),
                lesson.costRupees(),
                clusterId,
                ActivityType.valueOf(lesson.theme().name()),
                themes(lesson.theme()),
                Optional.of(documentId));
    }

    /** The practice themes an evaluation theme stands for. */
    static List<Theme> themes(EvaluationTheme theme) {
        return switch (theme) {
            case MARKET_DEVELOPMENT -> List.of(Theme.MARKETS);
            case TECHNOLOGY_UPGRADATION -> List.of(Theme.SCIENCE_TECHNOLOGY, Theme.QUALITY);
            case CAPACITY_BUILDING -> List.of(Theme.SKILLS);
            case FINANCE -> List.of(Theme.FINANCE);
            case SOCIAL_COMPLIANCE -> List.of(Theme.SOCIAL_COMPLIANCE);
            case BACKWARD_LINKAGES -> List.of(Theme.RAW_MATERIAL);
            default -> List.of();
        };
    }
}
