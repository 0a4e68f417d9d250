package org.clusterdev.programme.funding;

import java.util.Optional;
import org.clusterdev.programme.FundingLedger;
import org.clusterdev.programme.InterventionRef;
import org.clusterdev.programme.Stage;
import org.clusterdev.programme.TransitionCheck;
import org.springframework.stereotype.Component;

/** BUDGET_APPROVED to IMPLEMENTING: implementation starts only once a sanction is recorded in the ledger. */
@Component
class SanctionCheck implements TransitionCheck {

    private final FundingLedger ledger;

    SanctionCheck(FundingLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Optional<String> refusal(InterventionRef intervention, Stage target) {
        return target == Stage.IMPLEMENTING && !ledger.hasSanction(intervention.id())
                ? Optional.of("IMPLEMENTING needs a sanction recorded in the funding ledger")
                : Optional.empty();
    }
}
