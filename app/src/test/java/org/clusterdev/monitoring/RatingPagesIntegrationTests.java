package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The rating pages as a browser gets them: the published grids, entering a rating, the frame, rankings and peers. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class RatingPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePublishedGridsAreListedAndReadableWithWeightsLevelsGradesAndSource() throws Exception {
        mvc.perform(get("/monitoring/ratings"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"scheme-table\""),
                                containsString("Environmental compliance of electroplating clusters"),
                                containsString(
                                        "Rating of industry associations and business membership organisations"))));
        mvc.perform(get("/monitoring/ratings/schemes/BMO"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Developmental work"),
                                containsString("001 slide 32"),
                                containsString("Exemplary"),
                                containsString("id=\"grades-table\""))));
    }

    @Test
    void aRatingWithACriterionNotScoredIsShownWithItsFieldAndNothingIsStored() throws Exception {
        long cluster = new RatingFixture(jdbc).cluster("Pages: Rated Cluster", "Brass ware", "25993", "HANDICRAFT");
        MockHttpServletRequestBuilder incomplete = rate(cluster)
                .param("score.ECONOMIC", "4")
                .param("score.COLLABORATION", "3")
                .param("score.EMPLOYMENT", "3")
                .param("score.ENVIRONMENT", "2")
                .param("score.INSTITUTIONS", "2");
        mvc.perform(incomplete)
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"rating-error\""),
                                containsString("scores.INCLUSIVENESS: not scored"))));
        assertThat(new RatingFixture(jdbc).ratings(cluster)).isZero();

        // 25x4 + 20x3 + 15x3 + 15x2 + 15x2 + 10x3 = 295; / 4 = 73.75
        mvc.perform(incomplete.param("score.INCLUSIVENESS", "3").param("note.ECONOMIC", "sales up"))
                .andExpect(redirectedUrl(
                        "/monitoring/ratings/schemes/CLUSTER_GENERAL/subject?cluster=" + cluster + "&to=2024"));
        mvc.perform(get("/monitoring/ratings/schemes/CLUSTER_GENERAL/subject")
                        .param("cluster", Long.toString(cluster))
                        .param("to", "2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("73.75"), containsString("sales up"))));
        mvc.perform(get("/monitoring/ratings/clusters/" + cluster).param("to", "2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("73.75 (B)"), containsString("id=\"peers-link\""))));
        mvc.perform(get("/monitoring/ratings/schemes/CLUSTER_GENERAL/frame").param("to", "2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pages: Rated Cluster")));
        mvc.perform(get("/monitoring/ratings/peers")
                        .param("cluster", Long.toString(cluster))
                        .param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"peer-median\""), containsString("Rank 1 of"))));
    }

    @Test
    void someoneWithoutARatingRoleMayNotRate() throws Exception {
        long cluster = new RatingFixture(jdbc).cluster("Pages: Not Rated", "Brass ware", "25993", "HANDICRAFT");
        mvc.perform(rate(cluster).with(user("visitor")).param("score.ECONOMIC", "4"))
                .andExpect(status().isForbidden());
        assertThat(new RatingFixture(jdbc).ratings(cluster)).isZero();
    }

    @Test
    void aGridWhoseWeightsDoNotMakeAHundredIsRefusedAndNotStored() throws Exception {
        mvc.perform(post("/monitoring/ratings/schemes")
                        .with(csrf())
                        .param("code", "PAGES_GRID")
                        .param("name", "Pages grid")
                        .param("subject", "CLUSTER")
                        .param("scaleMin", "0")
                        .param("scaleMax", "2")
                        .param("criteria", "ONE | 70 | One\nTWO | 20 | Two")
                        .param("levels", "0 | No\n1 | Partly\n2 | Yes")
                        .param("grades", "PASS | 50\nFAIL | 0")
                        .param("source", "test"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"scheme-error\""),
                                containsString("the weights total 90, not 100"))));
        assertThat(jdbc.sql("select count(*) from monitoring.rating_scheme where code = 'PAGES_GRID'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theThematicRankingStartsFromTheSchemesProduct() throws Exception {
        mvc.perform(get("/monitoring/ratings/schemes/ENVIRONMENTAL_COMPLIANCE/thematic")
                        .param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("value=\"2592\""), containsString("value=\"electroplating\""))));
    }

    private static MockHttpServletRequestBuilder rate(long cluster) {
        return post("/monitoring/ratings/schemes/CLUSTER_GENERAL/rate")
                .with(csrf())
                .param("cluster", Long.toString(cluster))
                .param("year", "2024");
    }
}
