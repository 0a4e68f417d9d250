package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An indicator of an intervention up to a quarter: where it started, what was planned and what was achieved
 * (flows added up over the quarters, stocks and averages at the latest quarter).
 */
public record IndicatorProgress(
        Indicator indicator, Optional<BigDecimal> baseline, Optional<BigDecimal> target, Optional<BigDecimal> actual) {

    /** The actual as a percentage of the target, when both exist and the target is not zero. */
    public Optional<BigDecimal> achievement() {
        return actual.flatMap(a -> target.filter(t -> t.signum() != 0)
                .map(t -> a.multiply(BigDecimal.valueOf(100)).divide(t, 1, RoundingMode.HALF_UP)));
    }

    /** Whether the actual lies under {@link EarlyWarnings#BEHIND_SHARE} of a target above zero. */
    public boolean behind() {
        return target.filter(t -> t.signum() > 0)
                .map(t -> actual.orElse(BigDecimal.ZERO).compareTo(t.multiply(EarlyWarnings.BEHIND_SHARE)) < 0)
                .orElse(false);
    }
}
