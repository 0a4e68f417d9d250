package org.clusterdev.programme;

/**
 * A funding rule that a budget or a release does not meet.
 *
 * @param rule the rule's code in {@code programme.funding_rule}, e.g. {@code PUBLIC_SUPPORT_MAX_SHARE}
 * @param reason what is wrong, with the figures, in a sentence a scheme officer understands
 * @param source where the rule comes from (the seed document and section)
 */
public record FundingRuleBreach(String rule, String reason, String source) implements java.io.Serializable {

    /** The breach as one line that names the rule first: {@code "RULE: reason (source)"}. */
    public String describe() {
        return rule + ": " + reason + " (" + source + ")";
    }
}
