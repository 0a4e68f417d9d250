package org.clusterdev.programme;

import java.math.BigDecimal;

/**
 * A figure of the cluster as the diagnostic study found it: the baseline for monitoring.
 *
 * @param indicator what is measured, e.g. {@code enterprises}, {@code employment}, {@code turnover_rupees}
 * @param unit e.g. {@code units}, {@code persons}, {@code rupees}
 * @param year the year the figure refers to
 */
public record BaselineFigure(String indicator, BigDecimal value, String unit, int year) {

    public BaselineFigure {
        indicator = indicator == null ? "" : indicator.strip();
        if (!indicator.matches("[a-z][a-z0-9_]{0,59}")) {
            throw new IllegalArgumentException(
                    "figures.indicator: lower-case letters, digits and underscores, e.g. employment");
        }
        if (value == null) {
            throw new IllegalArgumentException("figures.value: the figure of " + indicator + " is required");
        }
        unit = unit == null || unit.isBlank() ? "units" : unit.strip();
        if (year < 1950 || year > 2100) {
            throw new IllegalArgumentException(
                    "figures.year: the year of " + indicator + " lies between 1950 and 2100");
        }
    }
}
