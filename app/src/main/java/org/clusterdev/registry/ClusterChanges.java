package org.clusterdev.registry;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an editor sets on a cluster. Validates on creation and refuses with the first problem as
 * "field: reason", the convention forms and the API show next to the field.
 *
 * @param nicCodes further NIC codes of the product range, besides the main one
 * @param districtName the district within the state, by its current name
 * @param places the towns or villages the cluster spans, as free text
 * @param market current market position L, N or I (local, national, international); production likewise
 * @param needs the needs mapped for the cluster (seed 004 §4.5 item 2)
 */
public record ClusterChanges(
        String name,
        String product,
        Optional<String> nicCode,
        List<String> nicCodes,
        String typologyCode,
        int stateCode,
        Optional<String> districtName,
        Optional<String> places,
        double latitude,
        double longitude,
        String status,
        Position current,
        Position target,
        Descriptors descriptors,
        Set<Need> needs,
        Optional<String> description,
        Optional<String> source) {

    static final Set<String> STATUSES = Set.of("IDENTIFIED", "VALIDATED", "UNDER_INTERVENTION", "GRADUATED");

    public ClusterChanges {
        name = required(name, "name", 200);
        product = required(product, "product", 200);
        nicCode = nicCode.map(String::strip).filter(code -> !code.isEmpty());
        nicCode.ifPresent(code -> checkNic(code, "nicCode"));
        nicCodes = nicCodes.stream()
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .distinct()
                .toList();
        nicCodes.forEach(code -> checkNic(code, "nicCodes"));
        typologyCode = required(typologyCode, "typology", 40);
        if (!(latitude >= 6 && latitude <= 38)) {
            throw new IllegalArgumentException("latitude: must lie in India, between 6 and 38 degrees north");
        }
        if (!(longitude >= 68 && longitude <= 98)) {
            throw new IllegalArgumentException("longitude: must lie in India, between 68 and 98 degrees east");
        }
        status = required(status, "status", 40);
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status: must be one of " + String.join(", ", STATUSES));
        }
        districtName = districtName.map(String::strip).filter(value -> !value.isEmpty());
        places = places.map(String::strip).filter(value -> !value.isEmpty());
        description = description.map(String::strip).filter(value -> !value.isEmpty());
        source = source.map(String::strip).filter(value -> !value.isEmpty());
        needs = Set.copyOf(needs);
    }

    /** A market-production position (seed 004 Fig 1.2): each of L, N, I or unknown. */
    public record Position(Optional<String> market, Optional<String> production) {

        public Position {
            market = level(market, "market");
            production = level(production, "production");
        }

        private static Optional<String> level(Optional<String> value, String field) {
            Optional<String> level = value.map(String::strip).filter(v -> !v.isEmpty());
            if (level.isPresent() && !Set.of("L", "N", "I").contains(level.get())) {
                throw new IllegalArgumentException(field + ": must be L, N or I");
            }
            return level;
        }
    }

    /** Enright's descriptors (seed 004 §1.4): localised or dispersed; density, breadth and depth levels. */
    public record Descriptors(
            Optional<String> localisation, Optional<String> density, Optional<String> breadth, Optional<String> depth) {

        public Descriptors {
            localisation = oneOf(localisation, "localisation", Set.of("LOCALISED", "DISPERSED"));
            density = oneOf(density, "density", Set.of("LOW", "MEDIUM", "HIGH"));
            breadth = oneOf(breadth, "breadth", Set.of("LOW", "MEDIUM", "HIGH"));
            depth = oneOf(depth, "depth", Set.of("LOW", "MEDIUM", "HIGH"));
        }

        private static Optional<String> oneOf(Optional<String> value, String field, Set<String> allowed) {
            Optional<String> level = value.map(String::strip).filter(v -> !v.isEmpty());
            if (level.isPresent() && !allowed.contains(level.get())) {
                throw new IllegalArgumentException(field + ": must be one of " + String.join(", ", allowed));
            }
            return level;
        }
    }

    /** Needs to map (seed 004 §4.5 item 2, executive summary 5). */
    public enum Need {
        POLLUTION_INTENSIVE,
        SCIENCE_TECHNOLOGY,
        RELOCATION,
        POVERTY,
        SOCIAL_COMPLIANCE
    }

    private static String required(String value, String field, int maxLength) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(field + ": is required");
        }
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(field + ": at most " + maxLength + " characters");
        }
        return text;
    }

    private static void checkNic(String code, String field) {
        if (!code.matches("[0-9]{2,5}")) {
            throw new IllegalArgumentException(field + ": '" + code + "' is not a NIC code (2 to 5 digits)");
        }
    }
}
