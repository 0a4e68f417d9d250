package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The stakeholder network of a cluster in one financial year: the slowly emerging changes in the relationships among
 * stakeholders (seed 003), measured from the registry's dated actors and linkages and the programme's trust building.
 *
 * @param year the financial year by the calendar year it starts in (2024 for 2024-25)
 * @param stakeholders actors of the cluster at the year's end (those without a date count in every year)
 * @param activeLinkages linkages that lasted into the year (started by its end, not ended before it began; an
 *     undated start counts as always)
 * @param newLinkages linkages started within the year
 * @param density the pairs of stakeholders linked in the year over all possible pairs, 0 to 1
 * @param jointActions trust-building activities of the cluster's interventions held in the year that firms carry out
 *     together (joint pilots, association, network and consortium formation)
 * @param firms the cluster's firms by the registry's figures of the latest year up to this one, when known
 * @param firmsInNetworks member firms of the networks, consortia and SPVs existing at the year's end, where their
 *     members are known (a firm in two of them counts twice)
 * @param shareInNetworks {@code firmsInNetworks} over {@code firms} in percent, at most 100, when both are known
 */
public record NetworkYear(
        int year,
        int stakeholders,
        int activeLinkages,
        int newLinkages,
        BigDecimal density,
        int jointActions,
        Optional<Integer> firms,
        int firmsInNetworks,
        Optional<BigDecimal> shareInNetworks) {

    /** The year as written in India, e.g. {@code 2024-25}. */
    public String label() {
        return new ReportingPeriod(year, 1).financialYear();
    }
}
