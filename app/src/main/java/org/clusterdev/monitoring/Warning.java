package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An intervention lagging behind: it has not reported for the last completed quarter, an indicator's actual lies
 * under {@link EarlyWarnings#BEHIND_SHARE} of its target, a planned activity's period ended without a record of it,
 * or it spent under {@link EarlyWarnings#UNDER_SPENT_SHARE} of the money released to it long enough ago.
 *
 * @param lastReported the latest quarter it reported for; empty for the plan and money warnings
 * @param indicatorCode the indicator behind target, empty for the other kinds
 * @param target the target compared (summed over the quarters with targets for flows, the latest for stocks); for
 *     an under-spent intervention the money released more than {@link EarlyWarnings#SPENDING_GRACE_DAYS} days ago
 * @param actual the actual compared, the same way; for an under-spent intervention the money spent
 * @param activity the planned activity behind schedule, empty for the other kinds
 * @param dueOn the last day of that activity's period, empty for the other kinds
 */
public record Warning(
        Kind kind,
        long interventionId,
        String interventionTitle,
        String clusterName,
        int stateCode,
        Optional<ReportingPeriod> lastReported,
        Optional<String> indicatorCode,
        Optional<BigDecimal> target,
        Optional<BigDecimal> actual,
        Optional<String> activity,
        Optional<LocalDate> dueOn) {

    /** Why an intervention is flagged. */
    public enum Kind {
        MISSING_REPORTS,
        BEHIND_TARGET,
        BEHIND_SCHEDULE,
        UNDER_SPENT
    }
}
