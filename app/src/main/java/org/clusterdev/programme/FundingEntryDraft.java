package org.clusterdev.programme;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A money event as someone records it.
 *
 * @param tranche for a release or a utilisation certificate; a release without one takes the next tranche
 * @param onDate the date of the order, release, bill or certificate
 * @param reference the sanction order, cheque or certificate number
 */
public record FundingEntryDraft(
        FundingEntryKind kind,
        FundingSource source,
        long amount,
        Optional<Integer> tranche,
        LocalDate onDate,
        String reference)
        implements java.io.Serializable {

    public FundingEntryDraft {
        reference = reference == null ? "" : reference.strip();
        if (kind == null) {
            throw new IllegalArgumentException("kind: choose what is recorded");
        }
        if (source == null) {
            throw new IllegalArgumentException("source: choose the funding source");
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("amount: an amount is more than zero rupees, was " + amount);
        }
        if (tranche.filter(t -> t < 1).isPresent()) {
            throw new IllegalArgumentException("tranche: tranches are numbered from 1");
        }
        if (kind == FundingEntryKind.UTILISATION_CERTIFICATE && tranche.isEmpty()) {
            throw new IllegalArgumentException("tranche: say which tranche the certificate accounts for");
        }
        if (!kind.hasTranche() && tranche.isPresent()) {
            throw new IllegalArgumentException("tranche: only releases and utilisation certificates have tranches");
        }
        if (onDate == null) {
            throw new IllegalArgumentException("onDate: give the date");
        }
        if (reference.length() > 200) {
            throw new IllegalArgumentException("reference: at most 200 characters");
        }
    }
}
