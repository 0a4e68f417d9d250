package org.clusterdev.programme.funding;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The funding rules of {@code programme.funding_rule} and the switches of {@code programme.scheme_funding_rule}. */
@Repository
public class FundingRuleRows {

    private final JdbcClient jdbc;

    FundingRuleRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rules as the scheme applies them. */
    public FundingRuleBook book(String schemeCode) {
        List<FundingRuleBook.Parameter> rules = jdbc.sql(
                        "select code, value, source, scheme_code from programme.funding_rule")
                .query((rs, n) -> new FundingRuleBook.Parameter(
                        rs.getString("code"),
                        Optional.ofNullable(rs.getBigDecimal("value")),
                        rs.getString("source"),
                        Optional.ofNullable(rs.getString("scheme_code"))))
                .list();
        List<String> off = jdbc.sql("""
                        select rule_code from programme.scheme_funding_rule
                        where scheme_code = ? and not enabled""").param(schemeCode).query(String.class).list();
        return new FundingRuleBook(
                schemeCode,
                rules.stream().collect(Collectors.toMap(FundingRuleBook.Parameter::code, Function.identity())),
                new HashSet<>(off));
    }

    /** Switches a rule on or off for a scheme, with the reason; returns the previous setting, if any. */
    public Optional<Boolean> switchRule(String schemeCode, String ruleCode, boolean enabled, String reason) {
        Optional<Boolean> before =
                jdbc.sql("""
                        select enabled from programme.scheme_funding_rule where scheme_code = ? and rule_code = ?""").params(schemeCode, ruleCode).query(Boolean.class).optional();
        jdbc.sql("""
                        insert into programme.scheme_funding_rule (scheme_code, rule_code, enabled, reason)
                        values (?, ?, ?, ?)
                        on conflict (scheme_code, rule_code) do update
                            set enabled = excluded.enabled, reason = excluded.reason""").params(schemeCode, ruleCode, enabled, reason).update();
        return before;
    }
}
