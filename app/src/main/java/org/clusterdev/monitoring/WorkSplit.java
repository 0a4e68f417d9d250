package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How an association's work divided between developmental work (services to members, joint projects, training) and
 * lobbying in one financial year (seed 004 §3.11).
 *
 * @param actorId the association among the cluster's stakeholders in the registry
 * @param year the financial year by the calendar year it starts in (2024 for 2024-25)
 * @param developmentalShare percent, 0 to 100; with {@code lobbyingShare} it makes 100
 * @param developmentalHours the hours the shares come from, when they were entered as hours
 * @param version sent back with an edit, so a stale form is refused
 */
public record WorkSplit(
        long id,
        long clusterId,
        long actorId,
        String association,
        int year,
        BigDecimal developmentalShare,
        BigDecimal lobbyingShare,
        Optional<BigDecimal> developmentalHours,
        Optional<BigDecimal> lobbyingHours,
        Optional<String> note,
        String recordedBy,
        int version) {

    /** The year as written in India, e.g. {@code 2024-25}. */
    public String yearLabel() {
        return new ReportingPeriod(year, 1).financialYear();
    }
}
