package org.clusterdev.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The funding ledger of one intervention: its entries and their sums by kind and source, the tranches, and the
 * assets and beneficiaries it funds.
 *
 * @param schemeCode the scheme the intervention belongs to
 * @param entries newest first
 * @param items assets and beneficiaries funded, with double funding flagged
 */
public record FundingAccount(long interventionId, String schemeCode, List<FundingEntry> entries, List<FundedItem> items)
        implements java.io.Serializable {

    /** The sum of the entries of a kind. */
    public long total(FundingEntryKind kind) {
        return entries.stream()
                .filter(e -> e.kind() == kind)
                .mapToLong(FundingEntry::amount)
                .sum();
    }

    /** The sum of the entries of a kind from one source. */
    public long total(FundingEntryKind kind, FundingSource source) {
        return entries.stream()
                .filter(e -> e.kind() == kind && e.source() == source)
                .mapToLong(FundingEntry::amount)
                .sum();
    }

    /** The sums of a kind by source, every source present. */
    public Map<FundingSource, Long> bySource(FundingEntryKind kind) {
        Map<FundingSource, Long> sums = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            sums.put(source, total(kind, source));
        }
        return sums;
    }

    /** The number the next release takes. */
    public int nextTranche() {
        return entries.stream()
                        .filter(e -> e.kind() == FundingEntryKind.RELEASE)
                        .mapToInt(e -> e.tranche().orElse(0))
                        .max()
                        .orElse(0)
                + 1;
    }

    /** Whether the tranche's utilisation certificate is recorded. */
    public boolean certified(int tranche) {
        return entries.stream()
                .anyMatch(e -> e.kind() == FundingEntryKind.UTILISATION_CERTIFICATE
                        && e.tranche().equals(Optional.of(tranche)));
    }

    /**
     * Rupees leveraged per rupee of central support: contributions from every source but the centre, divided by
     * the central releases; empty before any central release.
     */
    public Optional<BigDecimal> leverageRatio() {
        long central = total(FundingEntryKind.RELEASE, FundingSource.CENTRAL);
        if (central == 0) {
            return Optional.empty();
        }
        long leveraged =
                total(FundingEntryKind.CONTRIBUTION) - total(FundingEntryKind.CONTRIBUTION, FundingSource.CENTRAL);
        return Optional.of(BigDecimal.valueOf(leveraged).divide(BigDecimal.valueOf(central), 2, RoundingMode.HALF_UP));
    }

    /** Released money not yet accounted for by utilisation certificates. */
    public long unaccounted() {
        return total(FundingEntryKind.RELEASE) - total(FundingEntryKind.UTILISATION_CERTIFICATE);
    }
}
