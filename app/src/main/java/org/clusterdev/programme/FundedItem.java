package org.clusterdev.programme;

import java.util.Set;

/**
 * An asset or a beneficiary an intervention funds, and the other schemes that fund it too (seed 004 §4.1:
 * convergence without double funding).
 *
 * @param kind ASSET or BENEFICIARY
 * @param key the normalised description that matches it across schemes
 * @param alsoFundedBy the other schemes' codes; not empty means the item is flagged under NO_DOUBLE_FUNDING
 */
public record FundedItem(long id, String kind, String key, String description, long amount, Set<String> alsoFundedBy)
        implements java.io.Serializable {

    /** Whether another scheme funds the same item. */
    public boolean flagged() {
        return !alsoFundedBy.isEmpty();
    }
}
