package org.clusterdev.programme;

import java.util.List;

/**
 * Thrown when a change would break one or more funding rules; nothing is stored. Its message names every rule
 * broken, so a page or an API client can show it as it is.
 */
public class FundingRefused extends IllegalStateException {

    private final transient List<FundingRuleBreach> breaches;

    /** A refusal for the given breaches, at least one. */
    public FundingRefused(List<FundingRuleBreach> breaches) {
        super(String.join(
                "; ", breaches.stream().map(FundingRuleBreach::describe).toList()));
        if (breaches.isEmpty()) {
            throw new IllegalArgumentException("breaches: a refusal names at least one rule");
        }
        this.breaches = List.copyOf(breaches);
    }

    /** The rules broken, in the order they were checked. */
    public List<FundingRuleBreach> breaches() {
        return breaches;
    }
}
