package org.clusterdev.programme;

/**
 * The money events of an intervention, in the order they usually happen: funds committed by a source, an amount
 * sanctioned, releases in tranches, expenditure, a utilisation certificate per tranche, and contributions that
 * the cluster's stakeholders and other sources bring in.
 */
public enum FundingEntryKind {
    COMMITMENT,
    SANCTION,
    RELEASE,
    EXPENDITURE,
    UTILISATION_CERTIFICATE,
    CONTRIBUTION;

    /** Whether the scheme's side records it (commitments, sanctions, releases); planners record the rest. */
    public boolean isDecision() {
        return this == COMMITMENT || this == SANCTION || this == RELEASE;
    }

    /** Whether it belongs to a tranche. */
    public boolean hasTranche() {
        return this == RELEASE || this == UTILISATION_CERTIFICATE;
    }
}
