package org.clusterdev.monitoring.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clusterdev.monitoring.Aggregation;
import org.clusterdev.monitoring.Breakdowns;
import org.clusterdev.monitoring.Indicator;
import org.clusterdev.monitoring.ReportView;
import org.clusterdev.monitoring.ValueEntry;
import org.clusterdev.monitoring.ValueKind;

/**
 * The checks a value passes before it is stored: the indicator's range and whole numbers, breakdowns its
 * indicator has, consistency within the report (the parts of a breakdown add up to the total, and a count of firms
 * stays within the firms supported), and, for actuals, closeness to the intervention's own history. Each refusal
 * is an {@link IllegalArgumentException} whose message starts with the field it concerns.
 */
public final class ValueRules {

    /** Fewer earlier quarters than this say too little to call a value an outlier. */
    static final int HISTORY_NEEDED = 4;

    /** How many standard deviations from the mean of the history a value may lie. */
    static final double DEVIATIONS = 3.0;

    /** The smallest spread assumed, as a share of the mean, so a steady history does not flag every change. */
    static final double MINIMUM_SPREAD = 0.10;

    private ValueRules() {}

    /** Checks a value on its own: breakdown, range, whole number. */
    public static void checkValue(Indicator indicator, ValueEntry entry) {
        if (!indicator.breakdowns().contains(entry.breakdown())) {
            throw new IllegalArgumentException("breakdown: " + indicator.code() + " takes " + indicator.breakdowns()
                    + ", not " + entry.breakdown());
        }
        BigDecimal value = entry.value();
        indicator.minimum().filter(min -> value.compareTo(min) < 0).ifPresent(min -> {
            throw new IllegalArgumentException("value: " + indicator.code() + " is at least " + min.toPlainString()
                    + ", not " + value.toPlainString());
        });
        indicator.maximum().filter(max -> value.compareTo(max) > 0).ifPresent(max -> {
            throw new IllegalArgumentException("value: " + indicator.code() + " is at most " + max.toPlainString()
                    + ", not " + value.toPlainString());
        });
        if (indicator.wholeNumber() && value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(
                    "value: " + indicator.code() + " is counted in whole numbers, not " + value.toPlainString());
        }
    }

    /**
     * Checks the report as it would be with the value entered: for indicators that add up, every breakdown
     * complete for a dimension sums to the total and no part exceeds it; a value stays within its bounding
     * indicator, and a bounding value stays above those it bounds.
     *
     * @param values the report's values with the new one in place
     */
    public static void checkConsistency(
            Indicator indicator, ValueEntry entry, List<ReportView.Value> values, Map<String, Indicator> indicators) {
        List<ReportView.Value> sameKind =
                values.stream().filter(v -> v.kind() == entry.kind()).toList();
        if (adds(indicator)) {
            checkParts(indicator, sameKind);
        }
        indicator
                .boundedBy()
                .ifPresent(bound -> valueOf(sameKind, bound, entry.breakdown())
                        .filter(limit -> entry.value().compareTo(limit) > 0)
                        .ifPresent(limit -> {
                            throw new IllegalArgumentException("value: " + indicator.code() + " ("
                                    + entry.value().toPlainString() + ") cannot exceed " + bound
                                    + " of the same report (" + limit.toPlainString() + ")");
                        }));
        indicators.values().stream()
                .filter(other -> other.boundedBy().map(indicator.code()::equals).orElse(false))
                .forEach(other -> valueOf(sameKind, other.code(), entry.breakdown())
                        .filter(bounded -> bounded.compareTo(entry.value()) > 0)
                        .ifPresent(bounded -> {
                            throw new IllegalArgumentException("value: " + indicator.code() + " cannot be below "
                                    + other.code() + " of the same report (" + bounded.toPlainString() + ")");
                        }));
    }

    /**
     * Refuses an actual far from the intervention's earlier actuals unless the person entering it confirms it.
     *
     * @param history the earlier actuals of the same indicator and breakdown, oldest first
     */
    public static void checkAgainstHistory(Indicator indicator, ValueEntry entry, List<BigDecimal> history) {
        if (entry.kind() != ValueKind.ACTUAL || entry.confirmOutlier() || history.size() < HISTORY_NEEDED) {
            return;
        }
        double mean =
                history.stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
        double variance = history.stream()
                        .mapToDouble(v -> Math.pow(v.doubleValue() - mean, 2))
                        .sum()
                / (history.size() - 1);
        double spread = Math.max(Math.sqrt(variance), MINIMUM_SPREAD * Math.abs(mean));
        double value = entry.value().doubleValue();
        if (Math.abs(value - mean) > DEVIATIONS * spread) {
            throw new IllegalArgumentException("value: " + entry.value().toPlainString() + " for " + indicator.code()
                    + " is far from this intervention's " + history.size() + " earlier quarters (mean "
                    + new BigDecimal(mean)
                            .round(new MathContext(4))
                            .stripTrailingZeros()
                            .toPlainString()
                    + "); check it, or confirm it as correct");
        }
    }

    private static boolean adds(Indicator indicator) {
        return indicator.aggregation() == Aggregation.SUM
                || indicator.aggregation() == Aggregation.LAST
                || indicator.aggregation() == Aggregation.COUNT;
    }

    private static void checkParts(Indicator indicator, List<ReportView.Value> values) {
        Optional<BigDecimal> total = valueOf(values, indicator.code(), Breakdowns.TOTAL);
        for (String dimension : indicator.disaggregations()) {
            List<String> categories = Breakdowns.of(dimension);
            List<BigDecimal> parts = categories.stream()
                    .map(category -> valueOf(values, indicator.code(), category))
                    .flatMap(Optional::stream)
                    .toList();
            BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.isEmpty()) {
                continue;
            }
            if (parts.stream().anyMatch(part -> part.compareTo(total.get()) > 0) || sum.compareTo(total.get()) > 0) {
                throw new IllegalArgumentException("breakdown: the " + dimension + " parts of " + indicator.code()
                        + " add up to " + sum.toPlainString() + ", more than the total "
                        + total.get().toPlainString());
            }
            if (parts.size() == categories.size() && sum.compareTo(total.get()) != 0) {
                throw new IllegalArgumentException("breakdown: the " + dimension + " parts of " + indicator.code()
                        + " add up to " + sum.toPlainString() + ", not the total "
                        + total.get().toPlainString());
            }
        }
    }

    private static Optional<BigDecimal> valueOf(List<ReportView.Value> values, String code, String breakdown) {
        return values.stream()
                .filter(v -> v.indicatorCode().equals(code) && Objects.equals(v.breakdown(), breakdown))
                .map(ReportView.Value::value)
                .findFirst();
    }
}
