package org.clusterdev.monitoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a dashboard shows.
 *
 * @param indicatorCode the indicator aggregated
 * @param by what the rows are
 * @param stateCode only clusters of this state
 * @param district only clusters of this district (by name, within the state)
 * @param schemeCode only interventions of this scheme
 * @param clusterIds only these clusters; empty for all
 * @param from the first quarter counted
 * @param to the last quarter counted
 * @param approval the least approval a value needs to be counted ({@link Approval#SCHEME_APPROVED} by default)
 * @param dimension the disaggregation shown next to the total (SIZE_CLASS, GENDER, SOCIAL_GROUP), empty for none
 */
public record DashboardQuery(
        String indicatorCode,
        Grouping by,
        Optional<Integer> stateCode,
        Optional<String> district,
        Optional<String> schemeCode,
        List<Long> clusterIds,
        ReportingPeriod from,
        ReportingPeriod to,
        Approval approval,
        Optional<String> dimension) {

    /** @throws IllegalArgumentException "to: ..." when the periods are in the wrong order */
    public DashboardQuery {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(by, "by");
        clusterIds = List.copyOf(clusterIds);
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("to: the last quarter " + to + " comes before the first " + from);
        }
        dimension.filter(d -> !Breakdowns.DIMENSIONS.contains(d)).ifPresent(d -> {
            throw new IllegalArgumentException("dimension: one of " + Breakdowns.DIMENSIONS + ", not '" + d + "'");
        });
    }

    /** The same query with other rows. */
    public DashboardQuery groupedBy(Grouping grouping) {
        return new DashboardQuery(
                indicatorCode, grouping, stateCode, district, schemeCode, clusterIds, from, to, approval, dimension);
    }

    /** The breakdowns shown: TOTAL, then the categories of the dimension. */
    public List<String> breakdowns() {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(Breakdowns.TOTAL),
                        dimension.stream().flatMap(d -> Breakdowns.of(d).stream()))
                .toList();
    }
}
