package org.clusterdev.programme;

import java.util.List;

/**
 * An intervention may not enter the stage asked for: one or more {@link TransitionCheck}s objected. The message
 * joins their reasons, each naming the rule.
 */
public class TransitionRefused extends IllegalStateException {

    private final transient List<String> reasons;

    /** A refusal with the reasons of every check that objected (at least one). */
    public TransitionRefused(Stage target, List<String> reasons) {
        super("stage: may not enter " + target + ": " + String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** Each objection, naming its rule. */
    public List<String> reasons() {
        return reasons;
    }
}
