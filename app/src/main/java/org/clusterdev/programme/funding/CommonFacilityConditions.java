package org.clusterdev.programme.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clusterdev.programme.FundingRuleBreach;
import org.clusterdev.programme.FundingSource;
import org.clusterdev.programme.SupportKind;
import org.clusterdev.programme.funding.BudgetUnderReview.CommonFacility;

/**
 * The MSE-CDP conditions for a common facility centre, the hard support of a plan: an SPV with at least 20
 * members, the beneficiaries paying at least 10 per cent, no member holding over 10 per cent of the SPV's equity,
 * land at most 25 per cent of the project cost. The project cost is the sum of the hard activities' budget lines.
 * The rules belong to the MSE-CDP scheme in {@code programme.funding_rule}, so other schemes skip them.
 */
public final class CommonFacilityConditions implements FundingRule {

    static final String SPV_MEMBERS = "CFC_SPV_MIN_MEMBERS";
    static final String BENEFICIARY_SHARE = "CFC_BENEFICIARY_MIN_SHARE";
    static final String MEMBER_EQUITY = "CFC_MEMBER_MAX_EQUITY_SHARE";
    static final String LAND_SHARE = "CFC_LAND_MAX_SHARE";

    @Override
    public List<FundingRuleBreach> check(BudgetUnderReview budget, FundingRuleBook book) {
        long projectCost = budget.sum(line -> budget.isOf(line, SupportKind.HARD));
        if (projectCost == 0) {
            return List.of();
        }
        CommonFacility facility = budget.facility();
        List<FundingRuleBreach> breaches = new ArrayList<>();
        if (book.applies(SPV_MEMBERS)) {
            int minimum = book.value(SPV_MEMBERS).intValueExact();
            int members = facility.spvMembers().orElse(0);
            if (members < minimum) {
                breaches.add(breach(
                        book,
                        SPV_MEMBERS,
                        facility.spvMembers().isEmpty()
                                ? "the SPV's members are not recorded; at least " + minimum + " are needed"
                                : "the SPV has " + members + " members; at least " + minimum + " are needed"));
            }
        }
        if (book.applies(BENEFICIARY_SHARE)) {
            long paid = budget.sum(
                    line -> budget.isOf(line, SupportKind.HARD) && line.source() == FundingSource.BENEFICIARY);
            BigDecimal share = Amounts.percent(paid, projectCost);
            BigDecimal minimum = book.value(BENEFICIARY_SHARE);
            if (share.compareTo(minimum) < 0) {
                breaches.add(breach(
                        book,
                        BENEFICIARY_SHARE,
                        "beneficiaries pay " + Amounts.percentText(share) + " of the project cost of "
                                + Amounts.lakh(projectCost) + "; at least " + Amounts.percentText(minimum)));
            }
        }
        if (book.applies(MEMBER_EQUITY)) {
            BigDecimal ceiling = book.value(MEMBER_EQUITY);
            if (facility.largestMemberEquity().isEmpty()
                    || facility.largestMemberEquity().get().compareTo(ceiling) > 0) {
                breaches.add(breach(
                        book,
                        MEMBER_EQUITY,
                        facility.largestMemberEquity()
                                        .map(e -> "one member holds " + Amounts.percentText(e) + " of the SPV's equity")
                                        .orElse("the largest member's equity share is not recorded")
                                + "; at most " + Amounts.percentText(ceiling)));
            }
        }
        if (book.applies(LAND_SHARE)) {
            BigDecimal share = Amounts.percent(facility.landCost().orElse(0L), projectCost);
            BigDecimal ceiling = book.value(LAND_SHARE);
            if (share.compareTo(ceiling) > 0) {
                breaches.add(breach(
                        book,
                        LAND_SHARE,
                        "land is " + Amounts.percentText(share) + " of the project cost of " + Amounts.lakh(projectCost)
                                + "; at most " + Amounts.percentText(ceiling)));
            }
        }
        return breaches;
    }

    private static FundingRuleBreach breach(FundingRuleBook book, String rule, String reason) {
        return new FundingRuleBreach(rule, reason, book.source(rule));
    }
}
