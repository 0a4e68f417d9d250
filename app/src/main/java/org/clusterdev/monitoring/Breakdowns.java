package org.clusterdev.monitoring;

import java.util.List;

/**
 * The disaggregations of values: a value is the TOTAL or one category of a dimension, written
 * {@code DIMENSION:CATEGORY}. Firm size classes follow the MSMED Act's micro, small and medium. A firm's social
 * group is the first its owner belongs to of SC, ST, minority and women-owned, else other, so the groups are
 * disjoint and add up to the total.
 */
public final class Breakdowns {

    /** The value for all firms or persons. */
    public static final String TOTAL = "TOTAL";

    /** The dimensions values may be broken down by. */
    public static final List<String> DIMENSIONS = List.of("SIZE_CLASS", "GENDER", "SOCIAL_GROUP");

    private Breakdowns() {}

    /** The categories of a dimension, e.g. {@code SIZE_CLASS:MICRO}; empty for an unknown dimension. */
    public static List<String> of(String dimension) {
        return switch (dimension) {
            case "SIZE_CLASS" -> List.of("SIZE_CLASS:MICRO", "SIZE_CLASS:SMALL", "SIZE_CLASS:MEDIUM");
            case "GENDER" -> List.of("GENDER:WOMEN", "GENDER:MEN");
            case "SOCIAL_GROUP" ->
                List.of(
                        "SOCIAL_GROUP:SC",
                        "SOCIAL_GROUP:ST",
                        "SOCIAL_GROUP:MINORITY",
                        "SOCIAL_GROUP:WOMEN_OWNED",
                        "SOCIAL_GROUP:OTHER");
            default -> List.of();
        };
    }

    /** The dimension of a breakdown, empty for TOTAL. */
    public static String dimension(String breakdown) {
        int colon = breakdown.indexOf(':');
        return colon < 0 ? "" : breakdown.substring(0, colon);
    }
}
