package org.clusterdev.geography.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.identity.AuditTrail;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The state boundary layer of the map: the approximate outlines shipped with the product, or official
 * ones an administrator uploaded, checked feature by feature before they replace anything.
 */
@Service
public class BoundaryLayers {

    private static final String APPROXIMATE = "static/geo/india-states.geojson";
    private static final Set<String> AREA_TYPES = Set.of("Polygon", "MultiPolygon");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Geography geography;
    private final AuditTrail audit;

    BoundaryLayers(JdbcClient jdbc, JsonMapper json, Geography geography, AuditTrail audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.geography = geography;
        this.audit = audit;
    }

    /** The layer in use, described for the administrator. */
    public record LayerInfo(Optional<Long> id, String name, int features, boolean approximate) {}

    /** Thrown when an upload is refused; each error names the feature and the reason. */
    public static class InvalidLayerException extends IllegalArgumentException {
        private final List<String> errors;

        InvalidLayerException(List<String> errors) {
            super(String.join("; ", errors));
            this.errors = List.copyOf(errors);
        }

        public List<String> errors() {
            return errors;
        }
    }

    /** The GeoJSON served to maps: the newest active upload, else the shipped approximate layer. */
    public byte[] current() throws IOException {
        Optional<String> uploaded = jdbc.sql(
                        "select geojson from geography.boundary_layer where active order by uploaded_at desc, id desc limit 1")
                .query(String.class)
                .optional();
        if (uploaded.isPresent()) {
            return uploaded.get().getBytes(StandardCharsets.UTF_8);
        }
        try (InputStream in = new ClassPathResource(APPROXIMATE).getInputStream()) {
            return in.readAllBytes();
        }
    }

    public LayerInfo info() {
        return jdbc.sql("""
                        select id, name, features from geography.boundary_layer where active
                        order by uploaded_at desc, id desc limit 1""")
                .query((rs, n) -> new LayerInfo(
                        Optional.of(rs.getLong("id")), rs.getString("name"), rs.getInt("features"), false))
                .optional()
                .orElse(new LayerInfo(Optional.empty(), "Natural Earth (approximate)", 34, true));
    }

    /**
     * Checks and stores an uploaded state layer. Every feature needs a Polygon or MultiPolygon geometry
     * and a {@code code} (LGD state code) or {@code name} property naming a current state or UT; the layer is
     * stored with each feature's properties normalised to {@code {code, name}}.
     *
     * @throws InvalidLayerException listing every problem; nothing is stored then
     */
    @Transactional
    public long upload(String name, byte[] content) {
        List<String> errors = new ArrayList<>();
        JsonNode root = parse(content);
        if (!"FeatureCollection".equals(root.path("type").asString(""))) {
            throw new InvalidLayerException(List.of("file: the GeoJSON must be a FeatureCollection"));
        }
        JsonNode features = root.path("features");
        if (!features.isArray() || features.isEmpty()) {
            throw new InvalidLayerException(List.of("file: the FeatureCollection has no features"));
        }
        Map<Integer, State> byCode =
                geography.states().stream().collect(Collectors.toMap(State::code, Function.identity()));
        for (int i = 0; i < features.size(); i++) {
            checkFeature(features.get(i), i + 1, byCode, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidLayerException(errors);
        }
        String layerName = name == null || name.isBlank() ? "Uploaded state boundaries" : name.strip();
        jdbc.sql("update geography.boundary_layer set active = false where active")
                .update();
        long id = jdbc.sql("""
                        insert into geography.boundary_layer (name, geojson, features, uploaded_by)
                        values (?, ?, ?, ?) returning id""")
                .params(layerName, json.writeValueAsString(root), features.size(), actor())
                .query(Long.class)
                .single();
        audit.record(
                "UPLOAD",
                "boundary-layer",
                Long.toString(id),
                Optional.empty(),
                Optional.of(Map.of("name", layerName, "features", features.size())));
        return id;
    }

    /** Goes back to the shipped approximate layer; uploads are kept but no longer served. */
    @Transactional
    public void revertToApproximate() {
        LayerInfo before = info();
        jdbc.sql("update geography.boundary_layer set active = false where active")
                .update();
        audit.record(
                "REVERT",
                "boundary-layer",
                before.id().map(String::valueOf).orElse("approximate"),
                Optional.of(before),
                Optional.of(info()));
    }

    private JsonNode parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidLayerException(List.of("file: the file is empty"));
        }
        try {
            return json.readTree(content);
        } catch (JacksonException e) {
            throw new InvalidLayerException(List.of("file: not valid JSON (" + e.getOriginalMessage() + ")"));
        }
    }

    private static void checkFeature(JsonNode feature, int number, Map<Integer, State> byCode, List<String> errors) {
        String geometryType = feature.path("geometry").path("type").asString("");
        if (!AREA_TYPES.contains(geometryType)) {
            errors.add(
                    "feature " + number + ": geometry must be a Polygon or MultiPolygon, was '" + geometryType + "'");
        }
        JsonNode properties = feature.path("properties");
        Optional<State> state = stateOf(properties, byCode);
        if (state.isEmpty()) {
            errors.add("feature " + number + ": properties need 'code' (LGD state code) or 'name' of a current state"
                    + " or UT; found " + properties);
            return;
        }
        if (feature instanceof tools.jackson.databind.node.ObjectNode object) {
            object.set(
                    "properties",
                    tools.jackson.databind.node.JsonNodeFactory.instance
                            .objectNode()
                            .put("code", state.get().code())
                            .put("name", state.get().name()));
        }
    }

    private static Optional<State> stateOf(JsonNode properties, Map<Integer, State> byCode) {
        JsonNode code = properties.path("code");
        if (code.isIntegralNumber() || code.asString("").matches("\\d{1,2}")) {
            return Optional.ofNullable(byCode.get(code.asInt()));
        }
        String name = properties.path("name").asString("").strip();
        return byCode.values().stream()
                .filter(state -> state.name().equalsIgnoreCase(name))
                .findFirst();
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
