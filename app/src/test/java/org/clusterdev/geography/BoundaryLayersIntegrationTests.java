package org.clusterdev.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.clusterdev.geography.internal.BoundaryLayers;
import org.clusterdev.geography.internal.BoundaryLayers.InvalidLayerException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class BoundaryLayersIntegrationTests {

    static final String ODISHA_SQUARE = """
            {"type": "Feature", "properties": {"name": "%s"},
             "geometry": {"type": "Polygon", "coordinates": [[[84,20],[86,20],[86,22],[84,22],[84,20]]]}}""";

    @Autowired
    BoundaryLayers layers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void servesTheShippedApproximateLayerUntilAnUploadReplacesIt() throws Exception {
        assertThat(layers.info().approximate()).isTrue();
        assertThat(new String(layers.current(), StandardCharsets.UTF_8)).contains("\"approximate\"");

        layers.upload("Survey of India test", collection(ODISHA_SQUARE.formatted("odisha")));

        assertThat(layers.info().approximate()).isFalse();
        assertThat(new String(layers.current(), StandardCharsets.UTF_8))
                .contains("\"code\":21")
                .contains("\"name\":\"Odisha\"");

        layers.revertToApproximate();
        assertThat(layers.info().approximate()).isTrue();
        assertThat(jdbc.sql("select count(*) from identity.audit_entry where entity_type = 'boundary-layer'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void refusesALayerNamingEveryBadFeatureAndChangesNothing() {
        String point = """
                {"type": "Feature", "properties": {"code": 21},
                 "geometry": {"type": "Point", "coordinates": [85, 20]}}""";
        byte[] file = collection(ODISHA_SQUARE.formatted("Orissa"), point);

        assertThatThrownBy(() -> layers.upload("bad", file))
                .isInstanceOf(InvalidLayerException.class)
                .satisfies(e -> assertThat(((InvalidLayerException) e).errors())
                        .containsExactly(
                                "feature 1: properties need 'code' (LGD state code) or 'name' of a current state or UT;"
                                        + " found {\"name\":\"Orissa\"}",
                                "feature 2: geometry must be a Polygon or MultiPolygon, was 'Point'"));
        assertThat(layers.info().approximate()).isTrue();
        assertThat(jdbc.sql("select count(*) from geography.boundary_layer")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesAFileThatIsNotGeoJson() {
        assertThatThrownBy(() -> layers.upload("x", "not json".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("file: not valid JSON");
        assertThatThrownBy(() -> layers.upload("x", new byte[0])).hasMessage("file: the file is empty");
    }

    private static byte[] collection(String... features) {
        return ("{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
