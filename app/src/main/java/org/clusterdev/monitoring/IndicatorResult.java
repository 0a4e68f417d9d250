package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An indicator's approved result over a scheme or all schemes, aggregated by its rule over every quarter.
 *
 * @param achievement the actual as a percentage of the target, when both exist
 * @param interventions how many interventions reported an actual
 */
public record IndicatorResult(
        Indicator indicator,
        Optional<BigDecimal> actual,
        Optional<BigDecimal> target,
        Optional<BigDecimal> achievement,
        long interventions) {}
