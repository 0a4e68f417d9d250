package org.clusterdev.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.monitoring.internal.IndicatorTable;
import org.clusterdev.monitoring.internal.ReportRows;
import org.clusterdev.monitoring.internal.StudyBaselineRows;
import org.clusterdev.monitoring.internal.StudyBaselineRows.StoredBaseline;
import org.clusterdev.monitoring.internal.ValueRules;
import org.clusterdev.programme.BaselineFigure;
import org.clusterdev.programme.DiagnosticStudies;
import org.clusterdev.programme.DiagnosticStudyValidated;
import org.clusterdev.programme.Intervention;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Baselines from the diagnostic study (issue 6, deliverable 1): when a study is validated, each of its figures that
 * stands for an indicator becomes the intervention's BASELINE value (TOTAL) in the report of the quarter the study
 * was validated in, marked with its source. Adopting the same study again changes nothing; a study validated again
 * with other figures updates the baselines it stored itself, in their quarter. A baseline entered by hand is never
 * overwritten: the study's figure is recorded next to it as not adopted, for the reporting people to settle. A
 * locked report is not changed, and a figure the indicator's rules refuse is not stored; both are recorded why.
 */
@Service
public class StudyBaselines {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final DiagnosticStudies studies;
    private final ResultsReporting reporting;
    private final ReportRows reports;
    private final StudyBaselineRows baselines;
    private final IndicatorTable indicators;
    private final AuditTrail audit;

    StudyBaselines(
            DiagnosticStudies studies,
            ResultsReporting reporting,
            ReportRows reports,
            StudyBaselineRows baselines,
            IndicatorTable indicators,
            AuditTrail audit) {
        this.studies = studies;
        this.reporting = reporting;
        this.reports = reports;
        this.baselines = baselines;
        this.indicators = indicators;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(DiagnosticStudyValidated validated) {
        adopt(validated.intervention().id(), validated.validatedBy(), validated.at());
    }

    /** What the validated study did to the intervention's baselines, in the framework's order. */
    public List<StudyBaseline> of(long interventionId) {
        return baselines.ofIntervention(interventionId);
    }

    /**
     * Adopts the figures of the intervention's validated study as its baselines; nothing without a validated study.
     *
     * @return what became of each figure that stands for an indicator (the first figure for an indicator wins)
     * @throws NoSuchElementException when there is no such intervention
     */
    @Transactional
    public List<StudyBaseline> adopt(long interventionId, String validatedBy, Instant validatedAt) {
        Intervention intervention = reporting
                .intervention(interventionId)
                .orElseThrow(() -> new NoSuchElementException("no intervention " + interventionId));
        Set<String> seen = new HashSet<>();
        for (BaselineFigure figure : studies.baseline(interventionId)) {
            Optional<Indicator> indicator =
                    baselines.indicatorOf(figure.indicator()).flatMap(indicators::find);
            if (indicator.isPresent() && seen.add(indicator.get().code())) {
                baselines.save(adopt(intervention, indicator.get(), figure, validatedBy, validatedAt));
            }
        }
        return baselines.ofIntervention(interventionId);
    }

    private StudyBaseline adopt(
            Intervention intervention, Indicator indicator, BaselineFigure figure, String by, Instant at) {
        Optional<StudyBaseline> before = baselines.find(intervention.id(), indicator.code());
        ReportingPeriod period = before.map(StudyBaseline::period)
                .orElseGet(() -> ReportingPeriod.containing(LocalDate.ofInstant(at, INDIA)));
        Optional<StoredBaseline> byHand = baselines.stored(intervention.id(), indicator.code()).stream()
                .filter(stored -> !StudyBaseline.isSource(stored.enteredBy()))
                .reduce((first, second) -> second);
        if (byHand.isPresent()) {
            return outcome(intervention, indicator, figure, period, StudyBaseline.Outcome.HAND_VALUE_KEPT, by, at)
                    .withKept(byHand.get());
        }
        Optional<ReportView> report = reports.find(intervention.id(), period);
        boolean unchanged = report.flatMap(r -> r.values().stream()
                        .filter(v -> v.indicatorCode().equals(indicator.code())
                                && v.kind() == ValueKind.BASELINE
                                && v.breakdown().equals(Breakdowns.TOTAL))
                        .findFirst())
                .map(v -> v.value().compareTo(figure.value()) == 0)
                .orElse(false);
        if (unchanged) {
            return outcome(intervention, indicator, figure, period, StudyBaseline.Outcome.APPLIED, by, at)
                    .build();
        }
        if (report.filter(r -> r.approval().locked()).isPresent()) {
            return outcome(intervention, indicator, figure, period, StudyBaseline.Outcome.REPORT_LOCKED, by, at)
                    .build();
        }
        ValueEntry entry = new ValueEntry(
                intervention.id(),
                period,
                indicator.code(),
                ValueKind.BASELINE,
                Breakdowns.TOTAL,
                figure.value(),
                true);
        try {
            ValueRules.checkValue(indicator, entry);
        } catch (IllegalArgumentException e) {
            return outcome(intervention, indicator, figure, period, StudyBaseline.Outcome.REFUSED, by, at)
                    .withReason(e.getMessage());
        }
        store(intervention, indicator, figure, period, report, by);
        return outcome(intervention, indicator, figure, period, StudyBaseline.Outcome.APPLIED, by, at)
                .build();
    }

    private void store(
            Intervention intervention,
            Indicator indicator,
            BaselineFigure figure,
            ReportingPeriod period,
            Optional<ReportView> report,
            String by) {
        String source = StudyBaseline.source(by);
        long reportId = report.map(ReportView::id).orElseGet(() -> reports.open(reporting.keys(intervention), period));
        Optional<ReportView.Value> before = report.flatMap(r -> r.values().stream()
                .filter(v -> v.indicatorCode().equals(indicator.code())
                        && v.kind() == ValueKind.BASELINE
                        && v.breakdown().equals(Breakdowns.TOTAL))
                .findFirst());
        ReportView.Value after = new ReportView.Value(
                indicator.code(), ValueKind.BASELINE, Breakdowns.TOTAL, figure.value(), false, source, Instant.now());
        reports.save(reportId, indicator.code(), ValueKind.BASELINE, Breakdowns.TOTAL, figure.value(), false, source);
        reports.recordHistory(
                reportId,
                Optional.of(after),
                before.isPresent() ? "CHANGE" : "ENTER",
                Approval.ENTERED,
                Optional.of(source),
                source);
        audit.record(
                before.isPresent() ? "UPDATE" : "CREATE",
                "indicator-value",
                reportId + "/" + indicator.code() + "/BASELINE/TOTAL",
                before,
                Optional.of(after));
    }

    private static Outcome outcome(
            Intervention intervention,
            Indicator indicator,
            BaselineFigure figure,
            ReportingPeriod period,
            StudyBaseline.Outcome outcome,
            String by,
            Instant at) {
        return new Outcome(intervention.id(), indicator.code(), figure, period, outcome, by, at);
    }

    /** A study baseline being recorded, completed with what was kept or why it was refused. */
    private record Outcome(
            long interventionId,
            String indicatorCode,
            BaselineFigure figure,
            ReportingPeriod period,
            StudyBaseline.Outcome outcome,
            String by,
            Instant at) {

        StudyBaseline build() {
            return with(Optional.empty(), Optional.empty());
        }

        StudyBaseline withKept(StoredBaseline kept) {
            return with(Optional.of(kept.value().stripTrailingZeros()), Optional.empty());
        }

        StudyBaseline withReason(String reason) {
            return with(Optional.empty(), Optional.of(reason));
        }

        private StudyBaseline with(Optional<java.math.BigDecimal> kept, Optional<String> reason) {
            return new StudyBaseline(
                    interventionId,
                    indicatorCode,
                    figure.indicator(),
                    figure.value(),
                    figure.unit(),
                    figure.year(),
                    period,
                    outcome,
                    kept,
                    reason,
                    by,
                    at);
        }
    }
}
