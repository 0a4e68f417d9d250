package org.clusterdev.programme;

/**
 * Where money for an intervention comes from (seed 004 §3.8: several sources are leveraged). Central and state
 * governments are public support; the rest are leveraged funds.
 */
public enum FundingSource {
    CENTRAL,
    STATE,
    FINANCIAL_INSTITUTION,
    BENEFICIARY,
    CSR,
    INTERNATIONAL;

    /** Whether this is public support, which the funding rules cap (at most 70 per cent, 90 for R&amp;D). */
    public boolean isPublic() {
        return this == CENTRAL || this == STATE;
    }
}
