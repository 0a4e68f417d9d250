package org.clusterdev.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.monitoring.internal.IndicatorTable;
import org.clusterdev.monitoring.internal.ReportRows;
import org.clusterdev.monitoring.internal.ReportRows.ReportKeys;
import org.clusterdev.monitoring.internal.ReportScope;
import org.clusterdev.monitoring.internal.ValueRules;
import org.clusterdev.programme.Intervention;
import org.clusterdev.programme.Interventions;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Baselines, targets and actuals of interventions, quarter by quarter: entered by CDAs and agencies for their
 * clusters, checked by {@link ValueRules}, approved by level and unlocked with a reason. Every change is audited and
 * kept in the report's history.
 */
@Service
public class ResultsReporting {

    private final ReportRows rows;
    private final IndicatorTable indicators;
    private final ReportScope scope;
    private final Interventions interventions;
    private final ClusterRegistry registry;
    private final AuditTrail audit;

    ResultsReporting(
            ReportRows rows,
            IndicatorTable indicators,
            ReportScope scope,
            Interventions interventions,
            ClusterRegistry registry,
            AuditTrail audit) {
        this.rows = rows;
        this.indicators = indicators;
        this.scope = scope;
        this.interventions = interventions;
        this.registry = registry;
        this.audit = audit;
    }

    /** The report of an intervention for a quarter, if any value was entered for it. */
    public Optional<ReportView> report(long interventionId, ReportingPeriod period) {
        return rows.find(interventionId, period);
    }

    /** The report with this id. */
    public Optional<ReportView> report(long reportId) {
        return rows.find(reportId);
    }

    /** The reports of an intervention, newest first. */
    public List<ReportView> reports(long interventionId) {
        return rows.ofIntervention(interventionId);
    }

    /** The most recently changed reports, up to {@code limit}. */
    public List<ReportView> recent(int limit) {
        return rows.recent(limit);
    }

    /** The intervention a report belongs to, as the programme shows it. */
    public Optional<Intervention> intervention(long interventionId) {
        return interventions.details(interventionId);
    }

    /** The history of a report, oldest first. */
    public List<HistoryEntry> history(long reportId) {
        return rows.history(reportId);
    }

    /** Whether the current user may enter values for the intervention. */
    public boolean mayEnter(long interventionId) {
        return interventions
                .details(interventionId)
                .map(i -> scope.mayEnter(target(i)))
                .orElse(false);
    }

    /** Whether the current user may give the report its next approval. */
    public boolean mayApprove(ReportView report) {
        return report.approval()
                .next()
                .map(level -> scope.mayApprove(level, target(report)))
                .orElse(false);
    }

    /** Whether the current user may unlock the report. */
    public boolean mayUnlock(ReportView report) {
        return report.approval().locked() && scope.mayUnlock(target(report));
    }

    /**
     * Enters or replaces one value, opening the quarter's report when needed.
     *
     * @return the report's id
     * @throws IllegalArgumentException "field: reason" when a rule refuses the value; nothing is stored
     * @throws IllegalStateException "report: ..." when the report is approved and so locked
     * @throws AccessDeniedException when the current user may not report for the intervention
     */
    @Transactional
    public long enter(ValueEntry entry) {
        Intervention intervention = interventions
                .details(entry.interventionId())
                .orElseThrow(() ->
                        new IllegalArgumentException("intervention: no intervention has id " + entry.interventionId()));
        if (!scope.mayEnter(target(intervention))) {
            throw new AccessDeniedException("You may not report for this intervention.");
        }
        Indicator indicator = indicators
                .find(entry.indicatorCode())
                .orElseThrow(() ->
                        new IllegalArgumentException("indicator: '" + entry.indicatorCode() + "' is not an indicator"));
        ValueRules.checkValue(indicator, entry);
        Optional<ReportView> existing = rows.find(entry.interventionId(), entry.period());
        existing.filter(report -> report.approval().locked()).ifPresent(report -> {
            throw new IllegalStateException("report: the report of "
                    + report.period().label() + " is " + report.approval() + " and locked; it must be unlocked first");
        });
        List<ReportView.Value> current = existing.map(ReportView::values).orElse(List.of());
        Optional<ReportView.Value> before = find(current, entry);
        ReportView.Value after = new ReportView.Value(
                entry.indicatorCode(),
                entry.kind(),
                entry.breakdown(),
                entry.value(),
                entry.confirmOutlier(),
                scope.actor(),
                java.time.Instant.now());
        List<ReportView.Value> proposed = Stream.concat(current.stream().filter(v -> !same(v, entry)), Stream.of(after))
                .toList();
        ValueRules.checkConsistency(indicator, entry, proposed, byCode());
        ValueRules.checkAgainstHistory(
                indicator,
                entry,
                rows.earlierActuals(entry.interventionId(), indicator.code(), entry.breakdown(), entry.period()));
        long reportId = existing.map(ReportView::id).orElseGet(() -> rows.open(keys(intervention), entry.period()));
        rows.save(
                reportId,
                indicator.code(),
                entry.kind(),
                entry.breakdown(),
                entry.value(),
                entry.confirmOutlier(),
                scope.actor());
        rows.recordHistory(
                reportId,
                Optional.of(after),
                before.isPresent() ? "CHANGE" : "ENTER",
                Approval.ENTERED,
                Optional.empty(),
                scope.actor());
        audit.record(
                before.isPresent() ? "UPDATE" : "CREATE",
                "indicator-value",
                reportId + "/" + indicator.code() + "/" + entry.kind() + "/" + entry.breakdown(),
                before,
                Optional.of(after));
        return reportId;
    }

    /**
     * Removes one value of an unlocked report.
     *
     * @throws NoSuchElementException when the report has no such value
     */
    @Transactional
    public void remove(long reportId, String indicatorCode, ValueKind kind, String breakdown) {
        ReportView report = editable(reportId);
        ReportView.Value before = report.values().stream()
                .filter(v -> v.indicatorCode().equals(indicatorCode)
                        && v.kind() == kind
                        && v.breakdown().equals(breakdown))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no such value in report " + reportId));
        rows.remove(reportId, indicatorCode, kind, breakdown);
        rows.recordHistory(reportId, Optional.of(before), "REMOVE", Approval.ENTERED, Optional.empty(), scope.actor());
        audit.record(
                "DELETE",
                "indicator-value",
                reportId + "/" + indicatorCode + "/" + kind + "/" + breakdown,
                Optional.of(before),
                Optional.empty());
    }

    /**
     * Gives a report its next approval, which locks its values.
     *
     * @param expectedVersion the version the approver saw
     * @throws IllegalStateException "report: ..." when there is nothing to approve or it is fully approved,
     *     "version: ..." when the report changed since
     * @throws AccessDeniedException when the current user may not give that approval
     */
    @Transactional
    public Approval approve(long reportId, int expectedVersion) {
        ReportView before = rows.find(reportId).orElseThrow(() -> new NoSuchElementException("no report " + reportId));
        Approval next = before.approval()
                .next()
                .orElseThrow(() -> new IllegalStateException("report: the report is already approved by the scheme"));
        if (!scope.mayApprove(next, target(before))) {
            throw new AccessDeniedException("You may not give the approval " + next + " to this report.");
        }
        if (before.values().isEmpty()) {
            throw new IllegalStateException("report: a report without values cannot be approved");
        }
        if (before.version() != expectedVersion || !rows.setApproval(reportId, expectedVersion, next)) {
            throw stale();
        }
        rows.recordHistory(reportId, Optional.empty(), "APPROVE", next, Optional.empty(), scope.actor());
        audit.record(
                "APPROVE",
                "report",
                Long.toString(reportId),
                Optional.of(summary(before)),
                rows.find(reportId).map(this::summary));
        return next;
    }

    /**
     * Unlocks an approved report so its values can be corrected; it must then be approved again from the agency on.
     *
     * @throws IllegalArgumentException "reason: ..." without a reason
     * @throws IllegalStateException "report: ..." when the report is not locked, "version: ..." when it changed
     * @throws AccessDeniedException when the current user may not unlock it
     */
    @Transactional
    public void unlock(long reportId, int expectedVersion, String reason) {
        ReportView before = rows.find(reportId).orElseThrow(() -> new NoSuchElementException("no report " + reportId));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("reason: say why the report is unlocked");
        }
        if (!before.approval().locked()) {
            throw new IllegalStateException("report: the report is not locked");
        }
        if (!scope.mayUnlock(target(before))) {
            throw new AccessDeniedException("You may not unlock this report.");
        }
        if (before.version() != expectedVersion || !rows.setApproval(reportId, expectedVersion, Approval.ENTERED)) {
            throw stale();
        }
        rows.recordHistory(reportId, Optional.empty(), "UNLOCK", Approval.ENTERED, Optional.of(why), scope.actor());
        Map<String, Object> after =
                new LinkedHashMap<>(summary(rows.find(reportId).orElseThrow()));
        after.put("reason", why);
        audit.record("UNLOCK", "report", Long.toString(reportId), Optional.of(summary(before)), Optional.of(after));
    }

    private ReportView editable(long reportId) {
        ReportView report = rows.find(reportId).orElseThrow(() -> new NoSuchElementException("no report " + reportId));
        Intervention intervention =
                interventions.details(report.interventionId()).orElseThrow();
        if (!scope.mayEnter(target(intervention))) {
            throw new AccessDeniedException("You may not report for this intervention.");
        }
        if (report.approval().locked()) {
            throw new IllegalStateException("report: the report is " + report.approval() + " and locked");
        }
        return report;
    }

    /** The keys a report of the intervention copies, for whoever opens one. */
    ReportKeys keys(Intervention intervention) {
        Optional<ClusterSummary> cluster = registry.summary(intervention.clusterId());
        return new ReportKeys(
                intervention.id(),
                intervention.clusterId(),
                cluster.map(ClusterSummary::name).orElse("#" + intervention.clusterId()),
                cluster.map(ClusterSummary::districtName).filter(name -> !name.isBlank()),
                intervention.stateCode(),
                intervention.schemeCode(),
                intervention.title());
    }

    private Map<String, Object> summary(ReportView report) {
        return Map.of(
                "intervention", report.interventionId(),
                "period", report.period().label(),
                "approval", report.approval().name(),
                "values", report.values().size());
    }

    private Map<String, Indicator> byCode() {
        return indicators.all().stream().collect(Collectors.toMap(Indicator::code, i -> i));
    }

    private ReportScope.Target target(Intervention intervention) {
        return new ReportScope.Target(intervention.stateCode(), intervention.clusterId(), intervention.agencyId());
    }

    private ReportScope.Target target(ReportView report) {
        Optional<Long> agency = interventions.details(report.interventionId()).flatMap(Intervention::agencyId);
        return new ReportScope.Target(report.stateCode(), report.clusterId(), agency);
    }

    private static Optional<ReportView.Value> find(List<ReportView.Value> values, ValueEntry entry) {
        return values.stream().filter(v -> same(v, entry)).findFirst();
    }

    private static boolean same(ReportView.Value value, ValueEntry entry) {
        return value.indicatorCode().equals(entry.indicatorCode())
                && value.kind() == entry.kind()
                && value.breakdown().equals(entry.breakdown());
    }

    private static IllegalStateException stale() {
        return new IllegalStateException(
                "version: someone else changed this report since you opened it; reload to see their change");
    }
}
