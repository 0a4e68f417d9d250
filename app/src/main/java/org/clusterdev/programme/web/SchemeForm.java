package org.clusterdev.programme.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.programme.Scheme;
import org.clusterdev.programme.SchemeChanges;
import org.clusterdev.programme.Stage;
import org.springframework.util.MultiValueMap;

/**
 * The scheme form as typed, kept as text so that a refused form shows again exactly as entered. Per-stage days
 * arrive as {@code days.DIAGNOSTIC_STUDY}, weights as {@code weight.MSME_EMPLOYMENT}, quotas as
 * {@code quota.NORTH_EAST}, typologies and steps as repeated {@code typology} and {@code step} values.
 */
record SchemeForm(
        String code,
        String name,
        String institution,
        String owner,
        String objective,
        List<String> typologies,
        List<String> steps,
        String durationYears,
        String selectionFramework,
        String source,
        Map<String, String> values,
        int version) {

    /** The form filled with a stored scheme. */
    static SchemeForm of(Scheme scheme) {
        Map<String, String> values = new LinkedHashMap<>();
        scheme.stageDays().forEach((stage, days) -> values.put("days." + stage, Integer.toString(days)));
        scheme.weights()
                .forEach((code, weight) ->
                        values.put("weight." + code, weight.stripTrailingZeros().toPlainString()));
        scheme.quotas()
                .forEach((region, percent) -> values.put(
                        "quota." + region, percent.stripTrailingZeros().toPlainString()));
        return new SchemeForm(
                scheme.code(),
                scheme.name(),
                scheme.institution(),
                scheme.owner(),
                scheme.objective().orElse(""),
                scheme.typologiesServed(),
                scheme.stepsRequired().stream().map(Stage::name).toList(),
                scheme.durationYears().map(String::valueOf).orElse(""),
                scheme.selectionFramework(),
                scheme.source(),
                values,
                scheme.version());
    }

    /** An empty form for a new scheme, with the default time limits and weights filled in. */
    static SchemeForm blank(Map<Stage, Integer> defaultDays, Map<String, BigDecimal> defaultWeights) {
        Map<String, String> values = new LinkedHashMap<>();
        defaultDays.forEach((stage, days) -> values.put("days." + stage, Integer.toString(days)));
        defaultWeights.forEach((code, weight) ->
                values.put("weight." + code, weight.stripTrailingZeros().toPlainString()));
        List<String> steps = java.util.Arrays.stream(Stage.values())
                .filter(stage -> stage != Stage.CLOSED)
                .map(Stage::name)
                .toList();
        return new SchemeForm("", "", "", "", "", List.of(), steps, "", "MSME", "", values, 0);
    }

    /** The form as posted; a missing or garbled version counts as stale. */
    static SchemeForm from(MultiValueMap<String, String> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach((key, list) -> {
            if ((key.startsWith("days.") || key.startsWith("weight.") || key.startsWith("quota.")) && !list.isEmpty()) {
                values.put(key, list.get(0));
            }
        });
        int version;
        try {
            version = Integer.parseInt(first(parameters, "version").strip());
        } catch (NumberFormatException e) {
            version = -1;
        }
        return new SchemeForm(
                first(parameters, "code"),
                first(parameters, "name"),
                first(parameters, "institution"),
                first(parameters, "owner"),
                first(parameters, "objective"),
                parameters.getOrDefault("typology", List.of()),
                parameters.getOrDefault("step", List.of()),
                first(parameters, "durationYears"),
                first(parameters, "selectionFramework"),
                first(parameters, "source"),
                values,
                version);
    }

    /** What was typed into one of the per-stage, per-parameter or per-region fields. */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /**
     * The changes the form asks for; weights of the other framework's parameters are ignored.
     *
     * @param parameters the parameters of the chosen framework
     * @throws IllegalArgumentException naming the first field that is not a number or is out of range
     */
    SchemeChanges toChanges(java.util.Collection<String> parameters) {
        Map<Stage, Integer> days = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            String typed = value("days." + stage).strip();
            if (!typed.isEmpty()) {
                days.put(stage, whole("days." + stage, typed));
            }
        }
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (String parameter : parameters) {
            String typed = value("weight." + parameter).strip();
            if (!typed.isEmpty()) {
                weights.put(parameter, decimal("weight." + parameter, typed));
            }
        }
        Map<String, BigDecimal> quotas = new LinkedHashMap<>();
        for (String region : SchemeChanges.QUOTA_REGIONS) {
            String typed = value("quota." + region).strip();
            if (!typed.isEmpty()) {
                quotas.put(region, decimal("quota." + region, typed));
            }
        }
        List<Stage> stages = new ArrayList<>();
        for (String step : steps) {
            try {
                stages.add(Stage.valueOf(step));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("stepsRequired: '" + step + "' is not a stage");
            }
        }
        Optional<Integer> duration =
                durationYears.isBlank() ? Optional.empty() : Optional.of(whole("durationYears", durationYears.strip()));
        return new SchemeChanges(
                name,
                institution,
                owner,
                Optional.of(objective),
                typologies,
                stages.stream().sorted().toList(),
                duration,
                selectionFramework,
                source,
                days,
                weights,
                quotas);
    }

    private static int whole(String field, String typed) {
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + typed + "' is not a whole number");
        }
    }

    private static BigDecimal decimal(String field, String typed) {
        try {
            return new BigDecimal(typed.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + typed + "' is not a number");
        }
    }

    private static String first(MultiValueMap<String, String> parameters, String key) {
        String value = parameters.getFirst(key);
        return value == null ? "" : value;
    }
}
