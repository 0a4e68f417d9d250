package org.clusterdev.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A recorded money event of an intervention. */
public record FundingEntry(
        long id,
        FundingEntryKind kind,
        FundingSource source,
        long amount,
        Optional<Integer> tranche,
        LocalDate onDate,
        String reference,
        String recordedBy,
        Instant recordedAt)
        implements java.io.Serializable {}
