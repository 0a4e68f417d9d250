package org.clusterdev.programme;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an administrator sets on a scheme. Validates on creation; every refusal starts with the field it concerns.
 *
 * @param stageDays days allowed per stage, for the stages where the scheme has its own limit
 * @param weights selection parameter weights by parameter code; empty for the framework's defaults, otherwise
 *     totalling 100
 * @param quotas least share in per cent by kind of region ({@code NORTH_EAST}, {@code HILLY})
 */
public record SchemeChanges(
        String name,
        String institution,
        String owner,
        Optional<String> objective,
        List<String> typologiesServed,
        List<Stage> stepsRequired,
        Optional<Integer> durationYears,
        String selectionFramework,
        String source,
        Map<Stage, Integer> stageDays,
        Map<String, BigDecimal> weights,
        Map<String, BigDecimal> quotas) {

    /** The kinds of region a quota may name; the geography module flags states of each kind. */
    public static final Set<String> QUOTA_REGIONS = Set.of("NORTH_EAST", "HILLY");

    public SchemeChanges {
        name = required("name", name, 200);
        institution = required("institution", institution, 300);
        owner = required("owner", owner, 300);
        source = required("source", source, 300);
        objective = objective.map(String::strip).filter(text -> !text.isEmpty());
        typologiesServed = List.copyOf(typologiesServed);
        stepsRequired = List.copyOf(stepsRequired);
        if (!stepsRequired.contains(Stage.PROPOSED) || stepsRequired.contains(Stage.CLOSED)) {
            throw new IllegalArgumentException(
                    "stepsRequired: the steps start with PROPOSED and do not include CLOSED");
        }
        durationYears.filter(years -> years < 1 || years > 20).ifPresent(years -> {
            throw new IllegalArgumentException("durationYears: a scheme supports a cluster for 1 to 20 years");
        });
        if (!Set.of("MSME", "UNIDO").contains(selectionFramework)) {
            throw new IllegalArgumentException("selectionFramework: either MSME or UNIDO");
        }
        stageDays = checkedDays(stageDays);
        weights = checkedWeights(weights);
        quotas = checkedQuotas(quotas);
    }

    private static String required(String field, String value, int maximum) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > maximum) {
            throw new IllegalArgumentException(field + ": required, at most " + maximum + " characters");
        }
        return text;
    }

    private static Map<Stage, Integer> checkedDays(Map<Stage, Integer> days) {
        Map<Stage, Integer> checked = new EnumMap<>(Stage.class);
        days.forEach((stage, value) -> {
            if (stage.isFinal()) {
                throw new IllegalArgumentException("stageDays." + stage + ": a final stage has no time limit");
            }
            if (value == null || value < 1 || value > 3650) {
                throw new IllegalArgumentException("stageDays." + stage + ": between 1 and 3650 days");
            }
            checked.put(stage, value);
        });
        return Map.copyOf(checked);
    }

    private static Map<String, BigDecimal> checkedWeights(Map<String, BigDecimal> weights) {
        Map<String, BigDecimal> checked = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (var weight : weights.entrySet()) {
            if (weight.getValue() == null || weight.getValue().signum() < 0) {
                throw new IllegalArgumentException("weights." + weight.getKey() + ": a weight is zero or more");
            }
            checked.put(weight.getKey(), weight.getValue());
            total = total.add(weight.getValue());
        }
        if (!checked.isEmpty() && total.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new IllegalArgumentException("weights: the weights total "
                    + total.stripTrailingZeros().toPlainString() + ", they must total 100");
        }
        return java.util.Collections.unmodifiableMap(checked);
    }

    private static Map<String, BigDecimal> checkedQuotas(Map<String, BigDecimal> quotas) {
        quotas.forEach((region, percent) -> {
            if (!QUOTA_REGIONS.contains(region)) {
                throw new IllegalArgumentException("quotas." + region + ": not a kind of region; use "
                        + String.join(" or ", new java.util.TreeSet<>(QUOTA_REGIONS)));
            }
            if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("quotas." + region + ": a share above 0 and at most 100 per cent");
            }
        });
        return Map.copyOf(quotas);
    }
}
