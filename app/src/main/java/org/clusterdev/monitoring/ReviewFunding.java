package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.programme.FundingSource;

/**
 * The money of a set of interventions, from their funding ledgers, in whole rupees.
 *
 * @param centralReleased the releases from the centre
 * @param contributions contributions by source, every source present
 */
public record ReviewFunding(
        long committed,
        long sanctioned,
        long released,
        long spent,
        long centralReleased,
        Map<FundingSource, Long> contributions) {

    /** The private sources: the firms themselves, companies' CSR and financial institutions. */
    public static final java.util.Set<FundingSource> PRIVATE =
            java.util.EnumSet.of(FundingSource.BENEFICIARY, FundingSource.CSR, FundingSource.FINANCIAL_INSTITUTION);

    public ReviewFunding {
        Map<FundingSource, Long> all = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            all.put(source, contributions.getOrDefault(source, 0L));
        }
        contributions = java.util.Collections.unmodifiableMap(all);
    }

    /** Nothing recorded. */
    public static ReviewFunding none() {
        return new ReviewFunding(0, 0, 0, 0, 0, Map.of());
    }

    /** Both added up. */
    public ReviewFunding plus(ReviewFunding other) {
        Map<FundingSource, Long> sum = new EnumMap<>(contributions);
        other.contributions.forEach((source, amount) -> sum.merge(source, amount, Long::sum));
        return new ReviewFunding(
                committed + other.committed,
                sanctioned + other.sanctioned,
                released + other.released,
                spent + other.spent,
                centralReleased + other.centralReleased,
                sum);
    }

    /** Money spent as a percentage of the money sanctioned; empty without a sanction. */
    public Optional<BigDecimal> spentShare() {
        return percent(spent, sanctioned);
    }

    /** Rupees contributed by every source but the centre per rupee the centre released; empty before a release. */
    public Optional<BigDecimal> leverage() {
        long other = contributions.entrySet().stream()
                .filter(e -> e.getKey() != FundingSource.CENTRAL)
                .mapToLong(Map.Entry::getValue)
                .sum();
        return centralReleased == 0
                ? Optional.empty()
                : Optional.of(
                        BigDecimal.valueOf(other).divide(BigDecimal.valueOf(centralReleased), 2, RoundingMode.HALF_UP));
    }

    /** The money put in: every release plus every contribution. */
    public long moneyIn() {
        return released
                + contributions.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The private sources' contributions as a percentage of the money put in; empty when none was put in. */
    public Optional<BigDecimal> privateShare() {
        long fromPrivate = PRIVATE.stream().mapToLong(contributions::get).sum();
        return percent(fromPrivate, moneyIn());
    }

    static Optional<BigDecimal> percent(long part, long whole) {
        return whole == 0
                ? Optional.empty()
                : Optional.of(
                        BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }
}
