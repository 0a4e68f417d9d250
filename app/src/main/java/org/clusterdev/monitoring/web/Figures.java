package org.clusterdev.monitoring.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.clusterdev.platform.IndianFormats;
import org.springframework.stereotype.Component;

/** Writes indicator values for pages: rupees in lakh and crore, counts with Indian grouping, shares with decimals. */
@Component("figures")
class Figures {

    private final IndianFormats formats;

    Figures(IndianFormats formats) {
        this.formats = formats;
    }

    /** A value in its unit; empty for none. */
    public String format(Optional<BigDecimal> value, String unit) {
        return value.map(v -> format(v, unit)).orElse("");
    }

    /** A value in its unit. */
    public String format(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        if ("RUPEES".equals(unit)) {
            return formats.rupees(value.setScale(0, RoundingMode.HALF_UP).longValue());
        }
        BigDecimal rounded = value.setScale(value.abs().compareTo(BigDecimal.TEN) < 0 ? 2 : 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (rounded.scale() <= 0) {
            return formats.number(rounded.longValue());
        }
        BigDecimal whole = rounded.setScale(0, RoundingMode.DOWN);
        String fraction = rounded.subtract(whole).abs().toPlainString().substring(1);
        return formats.number(whole.longValue()) + fraction;
    }
}
