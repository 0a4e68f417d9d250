package org.clusterdev.programme;

/**
 * The money of one intervention's funding ledger summed up, in whole rupees, for monitoring.
 *
 * @param releasedBefore what was released before the cut-off day the caller named (older releases only)
 * @param spent the expenditure recorded
 */
public record LedgerTotals(
        long interventionId,
        String interventionTitle,
        long clusterId,
        int stateCode,
        String schemeCode,
        Stage stage,
        long sanctioned,
        long released,
        long releasedBefore,
        long spent) {}
