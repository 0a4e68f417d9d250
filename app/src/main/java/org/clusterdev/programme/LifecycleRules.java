package org.clusterdev.programme;

import java.util.Optional;

/**
 * The rules of the lifecycle itself, before any {@link TransitionCheck} is asked: an intervention moves one stage
 * forward at a time, or is closed early with a reason; a final stage is left no more.
 */
final class LifecycleRules {

    private LifecycleRules() {}

    /**
     * Refuses a move from {@code current} to {@code target}.
     *
     * @throws IllegalArgumentException "stage: ..." naming the rule broken, "note: ..." for a closure without reason
     */
    static void requireAllowedTarget(Stage current, Stage target, Optional<String> reason) {
        if (target == null) {
            throw new IllegalArgumentException("stage: the stage to enter is required");
        }
        if (current.isFinal()) {
            throw new IllegalArgumentException("stage: the intervention is " + current + " and moves no further");
        }
        if (target == Stage.CLOSED) {
            if (reason.isEmpty()) {
                throw new IllegalArgumentException("note: closing an intervention early needs a reason");
            }
            return;
        }
        if (current.next().filter(target::equals).isEmpty()) {
            throw new IllegalArgumentException("stage: from " + current + " an intervention moves only to "
                    + current.next().orElseThrow() + " or CLOSED, not to " + target);
        }
    }
}
