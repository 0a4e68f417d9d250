package org.clusterdev.programme.funding;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The funding rules as a scheme sees them: the parameters of {@code programme.funding_rule} with the rules the
 * scheme switched off removed. Rules read their numbers from here, never from code, so an administrator changes a
 * norm without a release.
 *
 * @param schemeCode the scheme the book is for
 * @param rules every stored rule by code
 * @param switchedOff codes the scheme does not apply
 */
public record FundingRuleBook(String schemeCode, Map<String, Parameter> rules, Set<String> switchedOff) {

    public FundingRuleBook {
        rules = Map.copyOf(rules);
        switchedOff = Set.copyOf(switchedOff);
    }

    /**
     * Whether the rule is applied to this scheme: it is stored, belongs to every scheme or to this one, and the
     * scheme has not switched it off.
     */
    public boolean applies(String code) {
        Parameter rule = rules.get(code);
        return rule != null && rule.schemeCode().map(schemeCode::equals).orElse(true) && !switchedOff.contains(code);
    }

    /** The rule's number; a rule without one (or unknown) is a configuration error. */
    public BigDecimal value(String code) {
        Parameter rule = rules.get(code);
        if (rule == null || rule.value().isEmpty()) {
            throw new IllegalStateException("funding rule " + code + " has no value in programme.funding_rule");
        }
        return rule.value().get();
    }

    /** Where the rule comes from, for the refusal. */
    public String source(String code) {
        Parameter rule = rules.get(code);
        return rule == null ? "" : rule.source();
    }

    /**
     * One stored rule.
     *
     * @param value its number, absent for rules that have none (soft before hard)
     * @param schemeCode the scheme it belongs to, absent for the general norms
     */
    public record Parameter(String code, Optional<BigDecimal> value, String source, Optional<String> schemeCode) {}
}
