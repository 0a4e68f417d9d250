package org.clusterdev.monitoring.evaluation;

import java.util.Optional;
import org.clusterdev.monitoring.EvaluationKind;
import org.clusterdev.programme.InterventionRef;
import org.clusterdev.programme.Stage;
import org.clusterdev.programme.TransitionCheck;
import org.springframework.stereotype.Component;

/**
 * An intervention is evaluated once its end-of-project evaluation is completed (and so locked): a draft, or a
 * mid-term evaluation, does not say how the project ended.
 */
@Component
class EndOfProjectEvaluationCheck implements TransitionCheck {

    static final String RULE = "EVALUATED needs a completed end-of-project evaluation";

    private final EvaluationRows rows;

    EndOfProjectEvaluationCheck(EvaluationRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<String> refusal(InterventionRef intervention, Stage target) {
        if (target != Stage.EVALUATED || rows.completed(intervention.id(), EvaluationKind.END_OF_PROJECT)) {
            return Optional.empty();
        }
        return Optional.of(RULE);
    }
}
