package org.clusterdev.programme.plan;

import java.util.Optional;
import org.clusterdev.programme.ActionPlans;
import org.clusterdev.programme.InterventionRef;
import org.clusterdev.programme.Stage;
import org.clusterdev.programme.TransitionCheck;
import org.springframework.stereotype.Component;

/**
 * ACTION_PLAN to BUDGET_APPROVED: the intervention needs an approved action plan version whose budget passes the
 * funding rules as they stand when the budget is approved.
 */
@Component
class ApprovedPlanCheck implements TransitionCheck {

    private final ActionPlans plans;

    ApprovedPlanCheck(ActionPlans plans) {
        this.plans = plans;
    }

    @Override
    public Optional<String> refusal(InterventionRef intervention, Stage target) {
        return target == Stage.BUDGET_APPROVED ? plans.approvalGap(intervention) : Optional.empty();
    }
}
