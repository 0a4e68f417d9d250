package org.clusterdev.programme;

import java.util.Optional;

/**
 * Where an intervention stands in the cluster development lifecycle (seed 004 Annex 2.4, seed 001 slide 11).
 * The stages are passed in this order; {@link #CLOSED} ends an intervention early, from any open stage, with a
 * reason.
 */
public enum Stage {
    PROPOSED,
    SELECTED,
    AGENCY_AND_CDA_IN_PLACE,
    DIAGNOSTIC_STUDY,
    TRUST_BUILDING,
    ACTION_PLAN,
    BUDGET_APPROVED,
    IMPLEMENTING,
    EVALUATED,
    HANDED_OVER,
    SELF_MANAGING,
    CLOSED;

    /** The stage that regularly follows this one, none for the two final stages. */
    public Optional<Stage> next() {
        return isFinal() ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** Whether no transition leaves this stage. */
    public boolean isFinal() {
        return this == SELF_MANAGING || this == CLOSED;
    }
}
