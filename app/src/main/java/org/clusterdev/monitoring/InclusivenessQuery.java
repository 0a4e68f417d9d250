package org.clusterdev.monitoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose benefits the inclusiveness view distributes.
 *
 * @param indicatorCode a firm-level outcome broken down by size class (default {@code FIRMS_SUPPORTED})
 * @param schemeCode only interventions of this scheme
 * @param stateCode only clusters of this state
 * @param interventionIds only these interventions; empty for all
 * @param from the first quarter counted
 * @param to the last quarter counted
 * @param approval the least approval a value needs to be counted
 */
public record InclusivenessQuery(
        String indicatorCode,
        Optional<String> schemeCode,
        Optional<Integer> stateCode,
        List<Long> interventionIds,
        ReportingPeriod from,
        ReportingPeriod to,
        Approval approval) {

    /** @throws IllegalArgumentException "to: ..." when the periods are in the wrong order */
    public InclusivenessQuery {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(approval, "approval");
        interventionIds = List.copyOf(interventionIds);
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("to: the last quarter " + to + " comes before the first " + from);
        }
    }
}
