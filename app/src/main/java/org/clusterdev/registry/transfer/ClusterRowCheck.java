package org.clusterdev.registry.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.classification.Classification;
import org.clusterdev.geography.District;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.PinLocation;
import org.clusterdev.geography.State;
import org.clusterdev.registry.transfer.ClusterTable.StoredCluster;
import org.springframework.stereotype.Component;

/**
 * Checks one row of a cluster file against the reference data and the stored cluster of the same name and
 * state, and works out what applying it changes. A row that names no existing cluster creates one.
 */
@Component
class ClusterRowCheck {

    static final List<String> STATUSES = List.of("IDENTIFIED", "VALIDATED", "UNDER_INTERVENTION", "GRADUATED");
    static final List<String> COUNTS =
            List.of("enterprises", "micro", "small", "medium", "artisans", "looms", "families", "employment");
    static final List<String> RUPEES = List.of("turnover_rupees", "exports_rupees");
    static final List<String> SHARES = List.of("minority_share", "sc_st_share");

    /** A generous box around India, mainland and islands; a point outside it is almost always a typo. */
    static final double SOUTH = 6, NORTH = 38, WEST = 68, EAST = 98;

    private final Geography geography;
    private final Classification classification;
    private final ClusterTable table;

    ClusterRowCheck(Geography geography, Classification classification, ClusterTable table) {
        this.geography = geography;
        this.classification = classification;
        this.table = table;
    }

    /** What every row is checked against; read once per file. */
    record Reference(Set<String> typologies, ImportPermission permission, Map<String, Integer> seen) {}

    Reference reference(ImportPermission permission) {
        return new Reference(table.typologyCodes(), permission, new java.util.HashMap<>());
    }

    /** The row's change, or empty when it has a problem (each one reported). */
    Optional<ClusterChange> check(RowValues row, Reference reference, Problems problems) {
        int before = problems.size();
        Optional<String> name = row.required("name");
        Optional<String> product = row.required("product");
        Optional<String> typology = row.code("typology", reference.typologies(), true);
        Optional<State> state = state(row, reference.permission());
        Optional<String> status = row.code("status", STATUSES, false);
        Optional<String> nic = nic(row);
        Optional<PinLocation> pin = pin(row, state);
        Optional<Integer> year = row.year("year");
        Map<String, Object> figures = figures(row);
        if (year.isEmpty()
                && row.raw("year").isEmpty()
                && figures.values().stream().anyMatch(Objects::nonNull)) {
            row.problem("year", "transfer.problem.figuresNeedYear");
        }
        if (name.isEmpty() || state.isEmpty()) {
            return Optional.empty();
        }
        String key = name.get().toLowerCase(java.util.Locale.ROOT) + "|"
                + state.get().code();
        Integer first = reference.seen().putIfAbsent(key, row.number());
        if (first != null) {
            row.problem("name", "transfer.problem.duplicate", String.valueOf(first));
        }
        Optional<StoredCluster> stored = table.find(name.get(), state.get().code());
        Map<String, Object> after = stored.<Map<String, Object>>map(s -> new LinkedHashMap<>(s.fields()))
                .orElseGet(ClusterRowCheck::blank);
        after.put("name", name.get());
        product.ifPresent(value -> after.put("product", value));
        typology.ifPresent(value -> after.put("typology_code", value));
        after.put("state_code", state.get().code());
        status.ifPresent(value -> after.put("status", value));
        if (row.has("nic_code")) {
            after.put("nic_code", nic.orElse(null));
        }
        for (String column : List.of("description", "source")) {
            if (row.has(column)) {
                after.put(column, row.text(column).orElse(null));
            }
        }
        position(row, pin, stored.isPresent(), after);
        district(row, state.get(), pin, stored, after);
        if (problems.size() > before) {
            return Optional.empty();
        }
        Optional<Map<String, Object>> figuresBefore = stored.flatMap(s -> year.flatMap(y -> table.figures(s.id(), y)));
        Optional<Map<String, Object>> figuresAfter = year.map(y -> {
            Map<String, Object> merged = new LinkedHashMap<>(figuresBefore.orElseGet(ClusterRowCheck::noFigures));
            merged.putAll(figures);
            return merged;
        });
        if (figuresBefore.isEmpty()
                && figuresAfter.isPresent()
                && figures.values().stream().allMatch(Objects::isNull)) {
            figuresAfter = Optional.empty(); // a year without figures stores nothing
        }
        return Optional.of(
                new ClusterChange(row.number(), state.get().name(), stored, after, year, figuresBefore, figuresAfter));
    }

    private Optional<State> state(RowValues row, ImportPermission permission) {
        Optional<String> value = row.required("state");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<State> state = value.get().matches("[0-9]{1,3}")
                ? geography.state(Integer.parseInt(value.get()))
                : geography.stateNamed(value.get());
        if (state.isEmpty()) {
            row.problem("state", "transfer.problem.unknownState", value.get());
        } else if (!permission.allows(state.get().code())) {
            row.problem("state", "transfer.problem.stateNotAllowed", state.get().name());
            return Optional.empty();
        }
        return state;
    }

    private Optional<String> nic(RowValues row) {
        Optional<String> value = row.text("nic_code");
        if (value.isPresent()
                && (!value.get().matches("[0-9]{2,5}")
                        || classification.find(value.get().substring(0, 2)).isEmpty())) {
            row.problem("nic_code", "transfer.problem.nic", value.get());
            return Optional.empty();
        }
        return value;
    }

    private Optional<PinLocation> pin(RowValues row, Optional<State> state) {
        Optional<String> value = row.text("pin");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<PinLocation> location;
        try {
            location = geography.locate(value.get());
        } catch (IllegalArgumentException e) {
            row.problem("pin", "transfer.problem.pinFormat", value.get());
            return Optional.empty();
        }
        boolean positioned =
                !row.raw("latitude").isEmpty() || !row.raw("longitude").isEmpty();
        if (location.isEmpty() && !positioned) {
            row.problem("pin", "transfer.problem.unknownPin", value.get());
        }
        if (location.isPresent()
                && state.isPresent()
                && location.get().stateCode() != state.get().code()) {
            row.problem(
                    "pin",
                    "transfer.problem.pinState",
                    value.get(),
                    location.get().stateName(),
                    state.get().name());
            return Optional.empty();
        }
        return location;
    }

    /**
     * Latitude and longitude as given, else the PIN's position, else the stored one; a new cluster needs one.
     * A new position outside India is refused (usually swapped or mistyped); a stored one is left alone, so
     * every export imports again.
     */
    private static void position(RowValues row, Optional<PinLocation> pin, boolean stored, Map<String, Object> after) {
        boolean latitudeGiven = !row.raw("latitude").isEmpty();
        boolean longitudeGiven = !row.raw("longitude").isEmpty();
        Optional<Double> latitude = row.decimal("latitude", -90, 90);
        Optional<Double> longitude = row.decimal("longitude", -180, 180);
        if (latitudeGiven != longitudeGiven) {
            row.problem(latitudeGiven ? "longitude" : "latitude", "transfer.problem.pairMissing");
        } else if (latitude.isPresent() && longitude.isPresent()) {
            double lat = latitude.get();
            double lon = longitude.get();
            boolean moved = !Double.valueOf(lat).equals(after.get("latitude"))
                    || !Double.valueOf(lon).equals(after.get("longitude"));
            if (moved && (lat < SOUTH || lat > NORTH || lon < WEST || lon > EAST)) {
                row.problem("latitude", "transfer.problem.outsideIndia", row.raw("latitude"), row.raw("longitude"));
            }
            after.put("latitude", lat);
            after.put("longitude", lon);
        } else if (!latitudeGiven && pin.isPresent()) {
            after.put("latitude", pin.get().latitude());
            after.put("longitude", pin.get().longitude());
        } else if (!latitudeGiven && row.raw("pin").isEmpty() && !stored) {
            row.problem("latitude", "transfer.problem.position");
        }
    }

    /**
     * A district of the reference data; a name it does not know passes only when the cluster already has it
     * (older records name districts since split or renamed), so an export always imports again.
     */
    private void district(
            RowValues row,
            State state,
            Optional<PinLocation> pin,
            Optional<StoredCluster> stored,
            Map<String, Object> after) {
        Optional<String> name = row.text("district");
        if (name.isPresent()) {
            Optional<District> district = geography.district(state.code(), name.get());
            Object storedName = stored.map(s -> s.fields().get("district_name")).orElse(null);
            if (district.isPresent()) {
                after.put("district_code", district.get().code());
                after.put("district_name", district.get().name());
            } else if (!(storedName instanceof String known && known.equalsIgnoreCase(name.get()))) {
                row.problem("district", "transfer.problem.unknownDistrict", name.get(), state.name());
            }
        } else if (pin.isPresent() && (row.has("district") || stored.isEmpty())) {
            after.put("district_code", pin.get().districtCode());
            after.put("district_name", pin.get().districtName());
        } else if (row.has("district")) {
            after.put("district_code", null);
            after.put("district_name", null);
        }
    }

    /** The figure columns the file has, with their values (null for an empty cell). */
    private static Map<String, Object> figures(RowValues row) {
        Map<String, Object> figures = new LinkedHashMap<>();
        COUNTS.stream()
                .filter(row::has)
                .forEach(c -> figures.put(c, row.count(c).orElse(null)));
        RUPEES.stream()
                .filter(row::has)
                .forEach(c -> figures.put(c, row.rupees(c).orElse(null)));
        SHARES.stream()
                .filter(row::has)
                .forEach(c -> figures.put(c, row.share(c).orElse(null)));
        return figures;
    }

    private static Map<String, Object> blank() {
        Map<String, Object> fields = new LinkedHashMap<>();
        ClusterTable.FIELDS.forEach(field -> fields.put(field, null));
        fields.put("status", "IDENTIFIED");
        return fields;
    }

    private static Map<String, Object> noFigures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        ClusterTable.FIGURES.forEach(figure -> figures.put(figure, null));
        return figures;
    }
}
