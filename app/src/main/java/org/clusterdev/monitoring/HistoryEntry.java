package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One step in the history of a report: a value entered, changed or removed, an approval or an unlock.
 *
 * @param indicatorCode empty for approvals and unlocks
 * @param value the value after the step, null for removals, approvals and unlocks
 * @param approval the report's approval after the step
 * @param note the reason of an unlock
 */
public record HistoryEntry(
        String indicatorCode,
        String kind,
        String breakdown,
        BigDecimal value,
        String action,
        Approval approval,
        String note,
        String actor,
        Instant at) {}
