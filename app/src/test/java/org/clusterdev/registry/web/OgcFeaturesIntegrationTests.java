package org.clusterdev.registry.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The clusters as an OGC API - Features service, read anonymously over the sample clusters. */
@SpringBootTest
@AutoConfigureMockMvc
class OgcFeaturesIntegrationTests {

    static final String ITEMS = "/ogc/collections/clusters/items";

    /** A box around Gujarat (LGD state code 24) that holds no sample cluster of another state. */
    static final String GUJARAT = "68,20,74.6,24.8";

    @Autowired
    JdbcClient jdbc;

    private long handloomClusters() {
        return jdbc.sql("select count(*) from registry.cluster where typology_code = 'HANDLOOM'")
                .query(Long.class)
                .single();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ClusterRegistry registry;

    @Test
    void landingPageLinksTheApiDefinitionConformanceAndCollections() throws Exception {
        mvc.perform(get("/ogc").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.links[*].rel", hasItems("self", "service-desc", "conformance", "data")))
                .andExpect(
                        jsonPath("$.links[?(@.rel == 'service-desc')].href", hasItem("http://localhost/v3/api-docs")))
                .andExpect(jsonPath("$.links[?(@.rel == 'data')].href", hasItem("http://localhost/ogc/collections")));
        mvc.perform(get("/ogc").queryParam("f", "json").queryParam("lang", "hi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title", containsString("क्लस्टर")));
        mvc.perform(get("/ogc/conformance"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.conformsTo",
                        hasItems(
                                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson")));
    }

    @Test
    void describesTheClustersCollectionWithTheExtentOfIndia() throws Exception {
        mvc.perform(get("/ogc/collections"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.collections[*].id", hasItem("clusters")));
        mvc.perform(get("/ogc/collections/clusters").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("clusters"))
                .andExpect(jsonPath("$.itemType").value("feature"))
                .andExpect(jsonPath("$.extent.spatial.bbox[0][0]").value(68.1))
                .andExpect(jsonPath("$.extent.spatial.bbox[0][3]").value(37.1))
                .andExpect(jsonPath("$.extent.spatial.crs").value("http://www.opengis.net/def/crs/OGC/1.3/CRS84"))
                .andExpect(jsonPath("$.links[?(@.rel == 'items')].type", hasItem("application/geo+json")));
        mvc.perform(get("/ogc/collections/factories"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void itemsInABoxAroundGujaratAreTheGujaratClusters() throws Exception {
        long gujarat = registry.count(new ClusterSearch(
                Optional.empty(),
                Optional.of(24),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
        mvc.perform(get(ITEMS).queryParam("bbox", GUJARAT))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.numberMatched").value(gujarat))
                .andExpect(jsonPath("$.numberReturned").value(gujarat))
                .andExpect(jsonPath("$.timeStamp").isString())
                .andExpect(jsonPath("$.features", hasSize((int) gujarat)))
                .andExpect(jsonPath("$.features[*].properties.stateCode", everyItem(is(24))))
                .andExpect(jsonPath("$.features[*].properties.name", hasItem("Rajkot Diesel Engines")))
                .andExpect(jsonPath("$.links[*].rel", hasItem("self")))
                .andExpect(jsonPath("$.links[?(@.rel == 'next')]").isEmpty());
    }

    @Test
    void limitedItemsLinkToTheNextAndPreviousPagesKeepingTheFilters() throws Exception {
        // the sample's three Gujarat clusters, and any other tests put in the box
        long inBox = jdbc.sql("""
                        select count(*) from registry.cluster
                        where longitude between 68 and 74.6 and latitude between 20 and 24.8""").query(Long.class).single();
        mvc.perform(get(ITEMS).queryParam("bbox", GUJARAT).queryParam("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(inBox))
                .andExpect(jsonPath("$.numberReturned").value(2))
                .andExpect(jsonPath(
                        "$.links[?(@.rel == 'next')].href",
                        hasItem("http://localhost" + ITEMS + "?bbox=68,20,74.6,24.8&offset=2&limit=2")))
                .andExpect(jsonPath("$.links[?(@.rel == 'prev')]").isEmpty());
        mvc.perform(get(ITEMS)
                        .queryParam("bbox", GUJARAT)
                        .queryParam("limit", "2")
                        .queryParam("offset", Long.toString(inBox - 1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberReturned").value(1))
                .andExpect(jsonPath("$.links[?(@.rel == 'next')]").isEmpty())
                .andExpect(jsonPath(
                        "$.links[?(@.rel == 'prev')].href",
                        hasItem(containsString("offset=" + (inBox - 3) + "&limit=2"))));
        mvc.perform(get(ITEMS)
                        .queryParam("typology", "HANDLOOM")
                        .queryParam("f", "json")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                // other tests add handloom clusters of their own
                .andExpect(jsonPath("$.numberMatched").value(handloomClusters()))
                .andExpect(jsonPath("$.features[*].properties.name", hasItem("Chanderi Handloom")));
        mvc.perform(get(ITEMS))
                .andExpect(jsonPath("$.numberMatched").value(registry.count()))
                .andExpect(jsonPath("$.numberReturned").value((int) Math.min(100, registry.count())));
    }

    @Test
    void servesOneFeatureAndAProblemForAnUnknownOne() throws Exception {
        long id = registry.page(0, 1).get(0).id();
        mvc.perform(get(ITEMS + "/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.type").value("Feature"))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.geometry.coordinates", hasSize(2)))
                .andExpect(jsonPath("$.links[*].rel", hasItems("self", "collection")));
        mvc.perform(get(ITEMS + "/987654321"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(ITEMS + "/rajkot")).andExpect(status().isNotFound());
    }

    @Test
    void refusesABadBboxLimitOrUnknownParameterWithAProblem() throws Exception {
        expectProblem("bbox", "bbox", "68,20,74.6");
        expectProblem("bbox", "bbox", "68,20,east,24.8");
        expectProblem("bbox", "bbox", "74.6,20,68,24.8");
        expectProblem("bbox", "bbox", "68,-95,74.6,24.8");
        expectProblem("limit", "limit", "0");
        expectProblem("limit", "limit", "10001");
        expectProblem("offset", "offset", "-1");
        expectProblem("f", "f", "html");
        expectProblem("typeology", "typeology", "HANDLOOM");
        mvc.perform(get(ITEMS).queryParam("limit", "ten"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("limit")));
    }

    @Test
    void isOpenToAnonymousReaders() throws Exception {
        mvc.perform(get("/ogc")).andExpect(status().isOk());
        mvc.perform(get(ITEMS).queryParam("limit", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.links[?(@.rel == 'next')].href", hasItem(startsWith("http://localhost/ogc/"))));
    }

    private void expectProblem(String field, String parameter, String value) throws Exception {
        mvc.perform(get(ITEMS).queryParam(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
