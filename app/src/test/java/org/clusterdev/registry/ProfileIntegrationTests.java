package org.clusterdev.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusterdev.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
class ProfileIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClusterRegistry registry;

    @Autowired
    ClusterProfiles profiles;

    @Test
    void showsAPublicProfileWithFiguresInIndianUnitsAndNoEditingTools() throws Exception {
        long rajkot = idOf("Rajkot");
        mvc.perform(get("/clusters/" + rajkot))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rajkot Diesel Engines")))
                .andExpect(content().string(containsString("id=\"figures-table\"")))
                .andExpect(content().string(not(containsString("id=\"edit-cluster\""))))
                .andExpect(content().string(not(containsString("id=\"history\""))));
    }

    @Test
    @Transactional
    void anEditorRecordsAYearsFiguresAndSeesTheHistory() throws Exception {
        long chanderi = idOf("Chanderi");
        mvc.perform(post("/clusters/" + chanderi + "/figures")
                        .with(user(TestDatabase.ADMIN_USERNAME))
                        .with(csrf())
                        .param("year", "2025")
                        .param("looms", "3,500")
                        .param("turnoverRupees", "1250000000"))
                .andExpect(flash().attribute("figuresSaved", true));

        var figures = profiles.find(chanderi).orElseThrow().latestFigures().orElseThrow();
        assertThat(figures.year()).isEqualTo(2025);
        assertThat(figures.looms()).contains(3500);
        mvc.perform(get("/clusters/" + chanderi).with(user(TestDatabase.ADMIN_USERNAME)))
                .andExpect(content().string(containsString("₹ 125 crore")))
                .andExpect(content().string(containsString("id=\"edit-cluster\"")))
                .andExpect(content().string(containsString("FIGURES")));
    }

    @Test
    @Transactional
    void refusesFiguresThatAreNotNumbersAndStoresNothing() throws Exception {
        long chanderi = idOf("Chanderi");
        int before = profiles.find(chanderi).orElseThrow().figures().size();
        mvc.perform(post("/clusters/" + chanderi + "/figures")
                        .with(user(TestDatabase.ADMIN_USERNAME))
                        .with(csrf())
                        .param("year", "2024")
                        .param("looms", "many"))
                .andExpect(flash().attributeExists("figuresError"));
        assertThat(profiles.find(chanderi).orElseThrow().figures()).hasSize(before);
    }

    @Test
    void answersAnUnknownClusterWithTheNotFoundPage() throws Exception {
        mvc.perform(get("/clusters/987654")).andExpect(status().isNotFound());
    }

    private long idOf(String text) {
        ClusterSearch search = ClusterSearch.everything().withText(text);
        return registry.search(search, 0, 1).get(0).id();
    }
}
