package org.clusterdev.registry.definitions;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clusterdev.registry.Maturity;
import org.clusterdev.registry.Maturity.Level;
import org.clusterdev.registry.Maturity.ParameterLevel;
import org.clusterdev.registry.MaturityCutoff;
import org.clusterdev.registry.Reason;
import org.clusterdev.registry.Reason.Key;

/**
 * Classifies a cluster against the cut-offs of 004 Table 1.5. Each parameter with a figure is mature at
 * or above the higher cut-off, potential at or above the lower one, below otherwise. The cluster as a
 * whole takes the highest level any of its known parameters reaches: the table gives alternative
 * measures of size, and a cluster large by one of them (say 4,170 enterprises without a known turnover)
 * is a mature cluster.
 */
final class MaturityRule {

    private MaturityRule() {}

    static Maturity classify(List<MaturityCutoff> cutoffs, ClusterFacts.Figures figures) {
        List<ParameterLevel> levels = cutoffs.stream()
                .map(cutoff -> level(cutoff, figures.parameter(cutoff.parameter())))
                .toList();
        Level overall = levels.stream()
                .map(ParameterLevel::level)
                .filter(level -> level != Level.UNKNOWN)
                .min(Comparator.naturalOrder())
                .orElse(Level.UNKNOWN);
        return new Maturity(overall, levels);
    }

    static ParameterLevel level(MaturityCutoff cutoff, Optional<Long> value) {
        Key parameter = new Key("definitions.parameter." + cutoff.parameter());
        if (value.isEmpty()) {
            return new ParameterLevel(
                    cutoff.parameter(), Level.UNKNOWN, Reason.of("definitions.maturity.unknown", parameter));
        }
        BigDecimal figure = BigDecimal.valueOf(value.get());
        Object shown = amount(cutoff, figure);
        Optional<BigDecimal> mature = cutoff.matureMinimum();
        Optional<BigDecimal> potential = cutoff.potentialMinimum();
        if (mature.isPresent() && figure.compareTo(mature.get()) >= 0) {
            return new ParameterLevel(
                    cutoff.parameter(),
                    Level.MATURE,
                    Reason.of("definitions.maturity.mature", parameter, shown, amount(cutoff, mature.get())));
        }
        if (potential.isPresent() && figure.compareTo(potential.get()) >= 0) {
            return new ParameterLevel(
                    cutoff.parameter(),
                    Level.POTENTIAL,
                    Reason.of(
                            "definitions.maturity.potential",
                            parameter,
                            shown,
                            amount(cutoff, potential.get()),
                            mature.map(minimum -> amount(cutoff, minimum)).orElse("-")));
        }
        return new ParameterLevel(
                cutoff.parameter(),
                Level.BELOW,
                Reason.of(
                        "definitions.maturity.below",
                        parameter,
                        shown,
                        potential.map(minimum -> amount(cutoff, minimum)).orElse("-")));
    }

    /** Money as rupees (shown in lakh and crore), everything else as a plain number. */
    private static Object amount(MaturityCutoff cutoff, BigDecimal value) {
        return "RUPEES".equals(cutoff.unit())
                ? new Reason.Rupees(value.longValue())
                : (Object) DefinitionRule.plain(value);
    }
}
