package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An aggregated indicator: one row per group, the total over all of them and the quarters.
 *
 * @param breakdowns the columns: TOTAL, then the categories of the disaggregation asked for
 * @param rows one per group, by label
 * @param total the whole scope asked for (the nation, a state, all schemes, a scheme)
 * @param periods one per quarter with values, oldest first; labels are the quarters ({@code 2024-25 Q1})
 */
public record DashboardView(
        Indicator indicator,
        DashboardQuery query,
        List<String> breakdowns,
        List<Row> rows,
        Row total,
        List<Row> periods) {

    /**
     * One group.
     *
     * @param key what a link to the group's own dashboard filters by (state code, district name, scheme code...)
     * @param actual the aggregated actual by breakdown; a breakdown without values is absent
     * @param target the aggregated target by breakdown
     * @param interventions how many interventions reported an actual
     */
    public record Row(
            String key,
            String label,
            Map<String, BigDecimal> actual,
            Map<String, BigDecimal> target,
            long interventions) {

        /** The actual of a breakdown, if any. */
        public Optional<BigDecimal> actual(String breakdown) {
            return Optional.ofNullable(actual.get(breakdown));
        }

        /** The target of a breakdown, if any. */
        public Optional<BigDecimal> target(String breakdown) {
            return Optional.ofNullable(target.get(breakdown));
        }

        /** The actual TOTAL as a percentage of the target TOTAL, when both exist and the target is not zero. */
        public Optional<BigDecimal> achievement() {
            return actual(Breakdowns.TOTAL)
                    .flatMap(a -> target(Breakdowns.TOTAL)
                            .filter(t -> t.signum() != 0)
                            .map(t ->
                                    a.multiply(BigDecimal.valueOf(100)).divide(t, 1, java.math.RoundingMode.HALF_UP)));
        }
    }
}
