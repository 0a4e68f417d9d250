package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An intervention lagging behind: it has not reported for the last completed quarter, or an indicator's actual
 * lies under {@link EarlyWarnings#BEHIND_SHARE} of its target.
 *
 * @param lastReported the latest quarter it reported for
 * @param indicatorCode the indicator behind target, empty for missing reports
 * @param target the target compared (summed over the quarters with targets for flows, the latest for stocks)
 * @param actual the actual compared, the same way
 */
public record Warning(
        Kind kind,
        long interventionId,
        String interventionTitle,
        String clusterName,
        int stateCode,
        ReportingPeriod lastReported,
        Optional<String> indicatorCode,
        Optional<BigDecimal> target,
        Optional<BigDecimal> actual) {

    /** Why an intervention is flagged. */
    public enum Kind {
        MISSING_REPORTS,
        BEHIND_TARGET
    }
}
