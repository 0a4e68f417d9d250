package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.clusterdev.monitoring.DashboardMap.Band;

/**
 * Cuts the range of a map's values into bands of equal width. Equal widths rather than quantiles, because a
 * dashboard often has only a handful of rows and the legend should say plainly what each colour covers.
 */
final class EqualBands {

    private EqualBands() {}

    /** The bands over the values, lowest first: one when they are all the same, none without values. */
    static List<Band> of(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        BigDecimal min = values.stream().min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal max = values.stream().max(Comparator.naturalOrder()).orElseThrow();
        if (min.compareTo(max) == 0) {
            return List.of(new Band(min, max));
        }
        BigDecimal width = max.subtract(min).divide(BigDecimal.valueOf(DashboardMap.BANDS), 6, RoundingMode.HALF_UP);
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < DashboardMap.BANDS; i++) {
            BigDecimal from = min.add(width.multiply(BigDecimal.valueOf(i)));
            BigDecimal to = i == DashboardMap.BANDS - 1 ? max : min.add(width.multiply(BigDecimal.valueOf(i + 1)));
            bands.add(new Band(from, to));
        }
        return bands;
    }

    /** The band a value falls in: the highest whose start it reaches; empty without bands. */
    static OptionalInt bandOf(BigDecimal value, List<Band> bands) {
        for (int i = bands.size() - 1; i >= 0; i--) {
            if (value.compareTo(bands.get(i).from()) >= 0) {
                return OptionalInt.of(i);
            }
        }
        return bands.isEmpty() ? OptionalInt.empty() : OptionalInt.of(0);
    }
}
