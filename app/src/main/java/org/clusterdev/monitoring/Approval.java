package org.clusterdev.monitoring;

import java.util.Optional;

/**
 * How far a report has been approved, by level (seed 004 §3.12: the agency, the state cell, then the scheme).
 * Values can be changed only while a report is {@link #ENTERED}; any approval locks them until an audited unlock.
 */
public enum Approval {
    ENTERED,
    AGENCY_APPROVED,
    STATE_APPROVED,
    SCHEME_APPROVED;

    /** The rank stored with every value: 0 to 3. */
    public int rank() {
        return ordinal();
    }

    /** The state of a stored rank. */
    public static Approval ofRank(int rank) {
        return values()[rank];
    }

    /** The next level, none after the scheme's approval. */
    public Optional<Approval> next() {
        return this == SCHEME_APPROVED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** Whether values of a report in this state are locked. */
    public boolean locked() {
        return this != ENTERED;
    }
}
