package org.clusterdev.monitoring.evaluation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clusterdev.monitoring.ReviewFunding;
import org.clusterdev.programme.FundingAccount;
import org.clusterdev.programme.FundingEntryKind;
import org.clusterdev.programme.FundingLedger;
import org.clusterdev.programme.FundingSource;
import org.clusterdev.programme.Implementation;
import org.springframework.stereotype.Component;

/** One intervention's money and implementation work, read through the programme's facades for the reviews. */
@Component
public class ProgrammeFigures {

    private final FundingLedger ledger;
    private final Implementation implementation;

    ProgrammeFigures(FundingLedger ledger, Implementation implementation) {
        this.ledger = ledger;
        this.implementation = implementation;
    }

    /** The intervention's ledger summed up, with how many sources released or contributed money. */
    public Money money(long interventionId) {
        FundingAccount account = ledger.account(interventionId);
        ReviewFunding funding = new ReviewFunding(
                account.total(FundingEntryKind.COMMITMENT),
                account.total(FundingEntryKind.SANCTION),
                account.total(FundingEntryKind.RELEASE),
                account.total(FundingEntryKind.EXPENDITURE),
                account.total(FundingEntryKind.RELEASE, FundingSource.CENTRAL),
                account.bySource(FundingEntryKind.CONTRIBUTION));
        long sources = Arrays.stream(FundingSource.values())
                .filter(s ->
                        account.total(FundingEntryKind.RELEASE, s) + account.total(FundingEntryKind.CONTRIBUTION, s)
                                > 0)
                .count();
        return new Money(funding, (int) sources);
    }

    /** The intervention's money and the number of sources that put some in. */
    public record Money(ReviewFunding funding, int sources) {}

    /** The cost of the intervention's implementation activities by who led them. */
    public Map<String, Long> activityCost(long interventionId) {
        Map<String, Long> cost = new LinkedHashMap<>();
        implementation.activities(interventionId).forEach(a -> cost.merge(a.ledBy(), a.costRupees(), Long::sum));
        return cost;
    }
}
