package org.clusterdev.programme;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.clusterdev.programme.internal.ImplementationRows;
import org.springframework.stereotype.Component;

/**
 * The conditions of the last stages: an evaluation needs activities to evaluate, and a hand-over needs the whole
 * exit checklist confirmed.
 */
@Component
class ExitChecks implements TransitionCheck {

    static final String ACTIVITIES_RULE = "EVALUATED needs at least one implementation activity recorded";
    static final String CHECKLIST_RULE = "HANDED_OVER needs the exit checklist complete";

    private final ImplementationRows rows;

    ExitChecks(ImplementationRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<String> refusal(InterventionRef intervention, Stage target) {
        if (target == Stage.EVALUATED && rows.activities(intervention.id()).isEmpty()) {
            return Optional.of(ACTIVITIES_RULE);
        }
        if (target == Stage.HANDED_OVER) {
            List<ExitItem> missing = missing(rows.checklist(intervention.id()).keySet());
            if (!missing.isEmpty()) {
                return Optional.of(CHECKLIST_RULE + ": not yet confirmed " + missing);
            }
        }
        return Optional.empty();
    }

    static List<ExitItem> missing(java.util.Set<ExitItem> confirmed) {
        return Arrays.stream(ExitItem.values())
                .filter(item -> !confirmed.contains(item))
                .toList();
    }
}
