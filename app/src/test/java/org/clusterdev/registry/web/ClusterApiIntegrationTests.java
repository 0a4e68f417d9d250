package org.clusterdev.registry.web;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The open-data API of the registry, read anonymously over the sample clusters. */
@SpringBootTest
@AutoConfigureMockMvc
class ClusterApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClusterRegistry registry;

    @Autowired
    JdbcClient jdbc;

    private long clusters(String condition) {
        return jdbc.sql("select count(*) from registry.cluster where " + condition)
                .query(Long.class)
                .single();
    }

    @Test
    void pagesAllClustersByNameInAnEnvelope() throws Exception {
        long total = registry.count();
        String first = registry.page(0, 1).get(0).name();
        mvc.perform(get("/api/v1/clusters"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.total").value(total))
                .andExpect(jsonPath("$.items", hasSize((int) Math.min(total, 50))));
        mvc.perform(get("/api/v1/clusters").param("size", "10").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.total").value(total))
                .andExpect(jsonPath("$.items", hasSize(10)))
                .andExpect(jsonPath("$.items[0].name")
                        .value(registry.page(10, 1).get(0).name()));
        mvc.perform(get("/api/v1/clusters").param("size", "1"))
                .andExpect(jsonPath("$.items[0].name").value(first));
        mvc.perform(get("/api/v1/clusters").param("page", "1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.total").value(total));
    }

    @Test
    void filtersByTypologyStateAndMisspeltText() throws Exception {
        // Other tests add clusters of their own: each filter must give all that match it and no other.
        mvc.perform(get("/api/v1/clusters").param("typology", "HANDLOOM").param("size", "1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(clusters("typology_code = 'HANDLOOM'")))
                .andExpect(jsonPath("$.items[*].name", hasItem("Chanderi Handloom")))
                .andExpect(jsonPath("$.items[*].name", not(hasItem("Rajkot Diesel Engines"))));
        mvc.perform(get("/api/v1/clusters").param("state", "21").param("size", "1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(clusters("state_code = 21")))
                .andExpect(jsonPath("$.items[*].name", hasItems("Konark Stone Carving", "Rourkela Engineering")))
                .andExpect(jsonPath("$.items[*].stateCode", everyItem(is(21))));
        mvc.perform(get("/api/v1/clusters").param("q", "Rajkott"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", hasItem("Rajkot Diesel Engines")));
        mvc.perform(get("/api/v1/clusters").param("typology", "MICRO").param("state", "21"))
                .andExpect(jsonPath("$.items[*].name", hasItem("Konark Stone Carving")))
                .andExpect(jsonPath("$.items[*].name", not(hasItem("Rourkela Engineering"))));
    }

    @Test
    void refusesBadParametersWithAProblemNamingThem() throws Exception {
        expectProblem("size", "0");
        expectProblem("size", "1001");
        expectProblem("page", "-1");
        expectProblem("nic", "1X");
        expectProblem("minEnterprises", "100", "maxEnterprises", "10");
        mvc.perform(get("/api/v1/clusters").param("state", "Odisha"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("state"));
        mvc.perform(get("/api/v1/clusters").param("size", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("size")));
    }

    @Test
    void givesOneClustersDetailsAndAProblemForAnUnknownOne() throws Exception {
        ClusterSummary rajkot = registry.all().stream()
                .filter(cluster -> cluster.name().equals("Rajkot Diesel Engines"))
                .findFirst()
                .orElseThrow();
        mvc.perform(get("/api/v1/clusters/{id}", rajkot.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(rajkot.id()))
                .andExpect(jsonPath("$.name").value("Rajkot Diesel Engines"))
                .andExpect(jsonPath("$.nicCode").value("2811"))
                .andExpect(jsonPath("$.typologyParentCode").value(nullValue()))
                .andExpect(jsonPath("$.districtName").value("Rajkot"))
                .andExpect(jsonPath("$.positions.market").value("I"))
                .andExpect(jsonPath("$.needs.relocation").value(false))
                .andExpect(jsonPath("$.figures[0].year").isNumber())
                .andExpect(jsonPath("$.figures[0].enterprises").value(4170))
                .andExpect(jsonPath("$.stakeholders").isArray())
                .andExpect(jsonPath("$.linkages").isArray())
                .andExpect(jsonPath("$.updatedBy").value(nullValue()))
                .andExpect(jsonPath("$.createdAt").isString());
        mvc.perform(get("/api/v1/clusters/{id}", 987654321))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("id: no cluster has the id 987654321"));
    }

    @Test
    void servesFilteredGeoJson() throws Exception {
        mvc.perform(get("/api/v1/clusters/geojson").param("state", "21"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features", hasSize((int) clusters("state_code = 21"))))
                .andExpect(jsonPath("$.features[*].properties.stateCode", everyItem(is(21))))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Point"))
                .andExpect(jsonPath("$.features[0].properties.stateCode").value(21))
                .andExpect(jsonPath("$.features[0].links").doesNotExist());
        mvc.perform(get("/api/v1/clusters/geojson"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features", hasSize((int) registry.count())));
    }

    @Test
    void documentsTheApiAndTheOgcServiceInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/clusters'].get.parameters[*].name", hasItem("typology")))
                .andExpect(jsonPath("$.paths['/api/v1/clusters'].get.parameters[*].name", hasItem("size")))
                .andExpect(jsonPath("$.paths['/api/v1/clusters/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/clusters/geojson']").exists())
                .andExpect(jsonPath("$.paths['/ogc']").exists())
                .andExpect(jsonPath("$.paths['/ogc/conformance']").exists())
                .andExpect(jsonPath(
                        "$.paths['/ogc/collections/{collectionId}/items'].get.parameters[*].name", hasItem("bbox")))
                .andExpect(jsonPath("$.paths['/ogc/collections/{collectionId}/items/{featureId}']")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.ClusterProfile").exists())
                .andExpect(jsonPath("$.components.schemas.ClusterStakeholder").exists());
    }

    private void expectProblem(String... parameters) throws Exception {
        var request = get("/api/v1/clusters");
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(parameters[0]));
    }
}
