package org.clusterdev.monitoring.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.clusterdev.monitoring.ReportingPeriod;
import org.clusterdev.monitoring.ValueEntry;
import org.clusterdev.monitoring.ValueKind;

/** The form entering one value of a report. */
record ValueForm(String indicator, String kind, String breakdown, String value, Boolean confirmOutlier)
        implements java.io.Serializable {

    static ValueForm empty() {
        return new ValueForm("", "ACTUAL", "TOTAL", "", false);
    }

    /** @throws IllegalArgumentException "kind: ..." or "value: ..." for text that is not one */
    ValueEntry toEntry(long interventionId, ReportingPeriod period) {
        ValueKind valueKind;
        try {
            valueKind = ValueKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind: BASELINE, TARGET or ACTUAL");
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value == null ? "" : value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("value: '" + (value == null ? "" : value) + "' is not a number");
        }
        return new ValueEntry(
                interventionId, period, indicator, valueKind, breakdown, number, Boolean.TRUE.equals(confirmOutlier));
    }
}
