package org.clusterdev.programme.funding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Convergence of schemes without double funding (seed 004 §4.1): the same asset or beneficiary funded by two or
 * more schemes is flagged. Items are matched by kind and a normalised key, so "Common Testing  Lab" and
 * "common testing lab" are one asset.
 */
public final class DoubleFunding {

    static final String RULE = "NO_DOUBLE_FUNDING";

    private DoubleFunding() {}

    /** The key an item is matched by: lower case, single spaces, no surrounding blanks. */
    public static String key(String description) {
        return description.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The items funded under more than one scheme, each with the schemes and interventions that fund it.
     *
     * @param items every funded item in view
     */
    public static List<Flag> flags(List<Item> items) {
        Map<String, List<Item>> byKey = items.stream()
                .collect(Collectors.groupingBy(
                        item -> item.kind() + "|" + key(item.key()), TreeMap::new, Collectors.toList()));
        return byKey.values().stream()
                .filter(same -> same.stream().map(Item::schemeCode).distinct().count() > 1)
                .map(same -> new Flag(
                        same.get(0).kind(),
                        key(same.get(0).key()),
                        same.stream().map(Item::schemeCode).collect(Collectors.toCollection(java.util.TreeSet::new)),
                        same.stream()
                                .map(Item::interventionId)
                                .collect(Collectors.toCollection(java.util.TreeSet::new))))
                .toList();
    }

    /** A funded asset or beneficiary of one intervention under one scheme. */
    public record Item(long interventionId, String schemeCode, String kind, String key) {}

    /**
     * An item funded twice.
     *
     * @param rule always {@code NO_DOUBLE_FUNDING}, so the flag names its rule like every refusal
     */
    public record Flag(String kind, String key, Set<String> schemes, Set<Long> interventions) {
        public String rule() {
            return RULE;
        }
    }
}
