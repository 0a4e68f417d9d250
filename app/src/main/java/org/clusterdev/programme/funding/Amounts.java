package org.clusterdev.programme.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures as the refusals quote them: rupees in lakh, shares in per cent with one decimal. */
final class Amounts {

    private Amounts() {}

    /** 1850000 becomes "Rs 18.5 lakh". */
    static String lakh(long rupees) {
        return "Rs "
                + BigDecimal.valueOf(rupees)
                        .divide(BigDecimal.valueOf(100_000), 2, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                + " lakh";
    }

    /** The share of part in whole, in per cent; zero for an empty whole. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    static String percentText(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }
}
