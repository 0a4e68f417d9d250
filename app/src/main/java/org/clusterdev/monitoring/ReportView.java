package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One intervention's report for one quarter: its values and how far it is approved.
 *
 * @param clusterName the cluster's name when the report was opened
 * @param districtName the cluster's district, empty when the registry does not know it
 * @param version the version an approver or editor must name
 */
public record ReportView(
        long id,
        long interventionId,
        ReportingPeriod period,
        long clusterId,
        String clusterName,
        String districtName,
        int stateCode,
        String schemeCode,
        String interventionTitle,
        Approval approval,
        int version,
        List<Value> values) {

    /**
     * One value of a report.
     *
     * @param breakdown TOTAL or {@code DIMENSION:CATEGORY}
     * @param outlierConfirmed whether the person entering it confirmed a value far from the history
     */
    public record Value(
            String indicatorCode,
            ValueKind kind,
            String breakdown,
            BigDecimal value,
            boolean outlierConfirmed,
            String enteredBy,
            Instant enteredAt) {}
}
