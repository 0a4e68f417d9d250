package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An indicator of the results framework.
 *
 * @param code e.g. {@code EXPORTS}
 * @param unit RUPEES, FIRMS, PERSONS, NUMBER, PERCENT or TONNES
 * @param level FIRM, CLUSTER, SCHEME or POLICY (seed 004 §4.5 item 22)
 * @param category ECONOMIC, SOCIAL, ENVIRONMENTAL or INSTITUTIONAL
 * @param weightCode the indicator weighting a {@link Aggregation#WEIGHTED_MEAN}
 * @param disaggregations the dimensions values may be broken down by: SIZE_CLASS, GENDER, SOCIAL_GROUP
 * @param boundedBy an indicator of the same report this one may not exceed
 * @param source where the seed documents ask for it
 */
public record Indicator(
        String code,
        String name,
        String unit,
        String level,
        String category,
        Aggregation aggregation,
        Optional<String> weightCode,
        List<String> disaggregations,
        Optional<BigDecimal> minimum,
        Optional<BigDecimal> maximum,
        boolean wholeNumber,
        Optional<String> boundedBy,
        String source)
        implements java.io.Serializable {

    /** The breakdowns a value of this indicator may have: TOTAL and the categories of its dimensions. */
    public List<String> breakdowns() {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(Breakdowns.TOTAL),
                        disaggregations.stream().flatMap(d -> Breakdowns.of(d).stream()))
                .toList();
    }
}
