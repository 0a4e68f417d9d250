package org.clusterdev.registry;

import java.util.List;

/**
 * How mature a cluster is against the configurable cut-offs of 004 Table 1.5 (enterprises, turnover,
 * exports, employment), parameter by parameter.
 *
 * @param level the highest level any parameter with a known figure reaches; {@link Level#UNKNOWN} when the
 *     registry has none of the figures
 * @param parameters one entry per cut-off, in the order of the cut-offs
 */
public record Maturity(Level level, List<ParameterLevel> parameters) {

    public Maturity {
        parameters = List.copyOf(parameters);
    }

    /** Levels from the highest down. */
    public enum Level {
        /** At or above the higher cut-off. */
        MATURE,
        /** At or above the lower cut-off. */
        POTENTIAL,
        /** Below the lower cut-off. */
        BELOW,
        /** The figure is missing. */
        UNKNOWN
    }

    /**
     * The level one parameter reaches.
     *
     * @param parameter e.g. {@code TURNOVER}
     * @param reason e.g. "Turnover: ₹ 75 crore, potential from ₹ 10 crore, mature from ₹ 100 crore"
     */
    public record ParameterLevel(String parameter, Level level, Reason reason) {}
}
