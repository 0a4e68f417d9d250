package org.clusterdev.programme.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clusterdev.programme.FundingRuleBreach;

/**
 * Whether a tranche may be released: every release after the first needs the utilisation certificate of the
 * tranche before it, and releases never add up to more than the sanction.
 */
public final class TrancheRelease {

    static final String CERTIFICATE = "RELEASE_NEEDS_UTILISATION_CERTIFICATE";
    static final String WITHIN_SANCTION = "RELEASE_WITHIN_SANCTION";

    private TrancheRelease() {}

    /**
     * The breaches of releasing {@code amount} as {@code tranche}.
     *
     * @param certified the tranches whose utilisation certificates are recorded
     * @param sanctioned everything sanctioned for the intervention
     * @param released everything released so far
     */
    public static List<FundingRuleBreach> check(
            int tranche, long amount, Set<Integer> certified, long sanctioned, long released, FundingRuleBook book) {
        List<FundingRuleBreach> breaches = new ArrayList<>();
        if (tranche > 1 && book.applies(CERTIFICATE) && !certified.contains(tranche - 1)) {
            breaches.add(new FundingRuleBreach(
                    CERTIFICATE,
                    "tranche " + tranche + " needs the utilisation certificate of tranche " + (tranche - 1)
                            + ", which is not recorded",
                    book.source(CERTIFICATE)));
        }
        if (book.applies(WITHIN_SANCTION) && released + amount > sanctioned) {
            breaches.add(new FundingRuleBreach(
                    WITHIN_SANCTION,
                    "releases would reach " + Amounts.lakh(released + amount) + ", above the "
                            + Amounts.lakh(sanctioned) + " sanctioned",
                    book.source(WITHIN_SANCTION)));
        }
        return breaches;
    }
}
