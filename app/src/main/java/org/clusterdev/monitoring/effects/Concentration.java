package org.clusterdev.monitoring.effects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The Gini coefficient of benefit per firm between groups: each firm is given its group's average benefit, so the
 * coefficient is 0 when every group's share of the benefit equals its share of the firms and grows as the benefit
 * gathers in groups with few firms. With shares as fractions it is
 * {@code sum over pairs i < j of |b(i) p(j) - b(j) p(i)|}.
 */
public final class Concentration {

    private Concentration() {}

    /**
     * The coefficient to three decimals.
     *
     * @param benefitShares each group's share of the benefit, fractions adding up to 1
     * @param firmShares each group's share of the firms, in the same order, fractions adding up to 1
     */
    public static BigDecimal gini(List<BigDecimal> benefitShares, List<BigDecimal> firmShares) {
        if (benefitShares.size() != firmShares.size()) {
            throw new IllegalArgumentException("shares: one benefit share and one firm share per group");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < benefitShares.size(); i++) {
            for (int j = i + 1; j < benefitShares.size(); j++) {
                sum = sum.add(benefitShares
                        .get(i)
                        .multiply(firmShares.get(j), MathContext.DECIMAL64)
                        .subtract(benefitShares.get(j).multiply(firmShares.get(i), MathContext.DECIMAL64))
                        .abs());
            }
        }
        return sum.setScale(3, RoundingMode.HALF_UP);
    }
}
