package org.clusterdev.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** NIC-2008 as the migration stores it, read through the facade, the public pages and the public API. */
@SpringBootTest
@AutoConfigureMockMvc
class ClassificationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Classification classification;

    @Test
    void knowsTheTwentyOneSectionsAndTheDivisionsOfManufacturing() {
        assertThat(classification.children(Optional.empty()))
                .hasSize(21)
                .first()
                .satisfies(section -> {
                    assertThat(section.code()).isEqualTo("A");
                    assertThat(section.parentCode()).isEmpty();
                });
        assertThat(classification.children(Optional.of("c")))
                .hasSize(24)
                .allSatisfy(division -> assertThat(division.level()).isEqualTo(NicLevel.DIVISION));
        assertThat(classification.find(" 10 ").orElseThrow().title()).isEqualTo("Manufacture of food products");
        assertThat(classification.find("1X")).isEmpty();
    }

    @Test
    void showsSectionsAndThenTheDivisionsOfASectionToAnyone() throws Exception {
        mvc.perform(get("/classification"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/classification/C\"")))
                .andExpect(content().string(containsString("Manufacturing")));
        mvc.perform(get("/classification/C"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Manufacture of food products")))
                .andExpect(content().string(containsString("href=\"/classification/10\"")));
        mvc.perform(get("/classification/C").param("lang", "hi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("प्रभाग")));
        mvc.perform(get("/classification/Z9")).andExpect(status().isNotFound());
    }

    @Test
    void listsChildrenAsPublicJsonAndAnswersBadParentsWithProblems() throws Exception {
        mvc.perform(get("/api/v1/classification/nic").param("parent", "C"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(24))
                .andExpect(jsonPath("$[0].code").value("10"))
                .andExpect(jsonPath("$[0].parentCode").value("C"))
                .andExpect(jsonPath("$[0].level").value("DIVISION"));
        mvc.perform(get("/api/v1/classification/nic"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(21));
        mvc.perform(get("/api/v1/classification/nic").param("parent", "1X"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parent"));
        mvc.perform(get("/api/v1/classification/nic").param("parent", "9999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
