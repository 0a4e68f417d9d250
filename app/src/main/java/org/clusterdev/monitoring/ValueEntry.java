package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value to enter or replace.
 *
 * @param breakdown TOTAL or {@code DIMENSION:CATEGORY} (see {@link Breakdowns})
 * @param confirmOutlier the person entering it confirms a value far from the intervention's history
 */
public record ValueEntry(
        long interventionId,
        ReportingPeriod period,
        String indicatorCode,
        ValueKind kind,
        String breakdown,
        BigDecimal value,
        boolean confirmOutlier) {

    public ValueEntry {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kind, "kind");
        indicatorCode = indicatorCode == null ? "" : indicatorCode.strip().toUpperCase(java.util.Locale.ROOT);
        breakdown = breakdown == null || breakdown.isBlank()
                ? Breakdowns.TOTAL
                : breakdown.strip().toUpperCase(java.util.Locale.ROOT);
        if (value == null) {
            throw new IllegalArgumentException("value: a value is needed");
        }
    }
}
