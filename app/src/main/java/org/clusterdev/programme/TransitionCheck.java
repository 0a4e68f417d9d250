package org.clusterdev.programme;

import java.util.Optional;

/**
 * A condition for entering a stage, contributed as a bean by whichever part of the system knows it (the action
 * plan must be approved before the budget is; an agency and a CDA must be assigned before the diagnostic study).
 * Every check is asked before every transition; those that do not concern the target stage return empty.
 */
public interface TransitionCheck {

    /**
     * Why {@code intervention} may not enter {@code target}, in words that name the rule (for example
     * {@code "BUDGET_APPROVED needs an approved action plan"}), or empty when this check has no objection.
     * Called inside the transaction of the transition, so what it reads is what the transition will see.
     */
    Optional<String> refusal(InterventionRef intervention, Stage target);
}
