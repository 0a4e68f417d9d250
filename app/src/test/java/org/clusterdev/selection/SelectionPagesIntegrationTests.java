package org.clusterdev.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusterdev.identity.internal.AccountAdministration;
import org.clusterdev.registry.ClusterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SelectionPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    ClusterRegistry registry;

    @Autowired
    Agencies agencies;

    @Autowired
    Cdas cdas;

    @BeforeEach
    void people() {
        SelectionFixtures.people(accounts);
    }

    @Test
    void opensARoundFromTheFormAndAnAssessorScoresItOnItsPage() throws Exception {
        String title = "Page round " + System.nanoTime();
        String location = mvc.perform(post("/selection")
                        .with(user(SelectionFixtures.CHAIR))
                        .with(csrf())
                        .param("title", title)
                        .param("kind", "CLUSTER")
                        .param("schemeCode", "SFURTI")
                        .param("framework", "UNIDO")
                        .param("stateCode", "")
                        .param("minNorthEastPercent", "10"))
                .andExpect(redirectedUrlPattern("/selection/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long konark = SelectionFixtures.clusterNamed(registry, "Konark");
        mvc.perform(post(location + "/candidates")
                        .with(user(SelectionFixtures.CHAIR))
                        .with(csrf())
                        .param("referenceId", Long.toString(konark))
                        .param("backwardArea", "true"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(location).with(user(SelectionFixtures.MINISTRY_ASSESSOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Konark Stone Carving")))
                .andExpect(content().string(containsString("id=\"results-hidden\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String assess = page.replaceAll("(?s).*href=\"([^\"]*/assess)\".*", "$1");
        mvc.perform(get(assess).with(user(SelectionFixtures.MINISTRY_ASSESSOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("score_UNIDO_VIABILITY")));

        // a missing evidence is refused next to its criterion and nothing is stored
        mvc.perform(post(assess)
                        .with(user(SelectionFixtures.MINISTRY_ASSESSOR))
                        .with(csrf())
                        .param("score_UNIDO_IMPORTANCE", "8")
                        .param("evidence_UNIDO_IMPORTANCE", "")
                        .param("score_UNIDO_PROMOTABILITY", "7")
                        .param("evidence_UNIDO_PROMOTABILITY", "Association active")
                        .param("score_UNIDO_VIABILITY", "7")
                        .param("evidence_UNIDO_VIABILITY", "Order books")
                        .param("score_UNIDO_SUSTAINABILITY", "6")
                        .param("evidence_UNIDO_SUSTAINABILITY", "Artisan societies"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("evidence")));
        mvc.perform(post(assess)
                        .with(user(SelectionFixtures.MINISTRY_ASSESSOR))
                        .with(csrf())
                        .param("score_UNIDO_IMPORTANCE", "8")
                        .param("evidence_UNIDO_IMPORTANCE", "Export share")
                        .param("score_UNIDO_PROMOTABILITY", "7")
                        .param("evidence_UNIDO_PROMOTABILITY", "Association active")
                        .param("score_UNIDO_VIABILITY", "7")
                        .param("evidence_UNIDO_VIABILITY", "Order books")
                        .param("score_UNIDO_SUSTAINABILITY", "6")
                        .param("evidence_UNIDO_SUSTAINABILITY", "Artisan societies"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(user(SelectionFixtures.MINISTRY_ASSESSOR)))
                .andExpect(content().string(containsString("id=\"ranking\"")))
                .andExpect(content().string(containsString("70.0")));
        mvc.perform(get(location)
                        .with(user(SelectionFixtures.MINISTRY_ASSESSOR))
                        .param("lang", "hi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("परिणाम")));
    }

    @Test
    void refusesAnAgencyWithABadEmailNamingTheFieldAndStoresNothing() throws Exception {
        String name = "Refused Agency " + System.nanoTime();
        mvc.perform(post("/agencies")
                        .with(user(SelectionFixtures.CHAIR))
                        .with(csrf())
                        .param("name", name)
                        .param("kind", "IMPLEMENTING_AGENCY")
                        .param("stateCode", "21")
                        .param("contactEmail", "not-an-address"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"agency-error\"")))
                .andExpect(content().string(containsString("is not an e-mail address")))
                .andExpect(content().string(containsString("value=\"not-an-address\"")));
        assertThat(agencies.all()).extracting(Agency::name).doesNotContain(name);
        mvc.perform(get("/agencies").with(user(SelectionFixtures.CHAIR)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
    }

    @Test
    void anAgencyEditedFromAStaleFormIsRefusedAndKeepsTheFirstChange() throws Exception {
        String location = mvc.perform(post("/agencies")
                        .with(user(SelectionFixtures.ODISHA_CELL))
                        .with(csrf())
                        .param("name", "Edited Agency " + System.nanoTime())
                        .param("kind", "IMPLEMENTING_AGENCY")
                        .param("stateCode", "21")
                        .param("trainedPersons", "1"))
                .andExpect(redirectedUrlPattern("/agencies/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String name = agencies.find(id).orElseThrow().name();
        mvc.perform(get(location + "/edit").with(user(SelectionFixtures.ODISHA_CELL)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(post(location + "/edit")
                        .with(user(SelectionFixtures.ODISHA_CELL))
                        .with(csrf())
                        .param("version", "0")
                        .param("name", name)
                        .param("kind", "IMPLEMENTING_AGENCY")
                        .param("stateCode", "21")
                        .param("trainedPersons", "3"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/edit")
                        .with(user(SelectionFixtures.ODISHA_CELL))
                        .with(csrf())
                        .param("version", "0")
                        .param("name", name)
                        .param("kind", "IMPLEMENTING_AGENCY")
                        .param("stateCode", "21")
                        .param("trainedPersons", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("someone else changed this agency")));
        assertThat(agencies.find(id).orElseThrow().trainedPersons()).isEqualTo(3);
        mvc.perform(get(location + "/edit").with(user(SelectionFixtures.FIELD_CDA)))
                .andExpect(status().isForbidden());
    }

    @Test
    void endingACdaAssignmentBeforeThreeYearsWarnsOnTheCdaPage() throws Exception {
        String location = mvc.perform(post("/cdas")
                        .with(user(SelectionFixtures.CHAIR))
                        .with(csrf())
                        .param("name", "Page CDA " + System.nanoTime())
                        .param("stateCode", "21")
                        .param("speciality", "TECHNICAL"))
                .andExpect(redirectedUrlPattern("/cdas/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long cda = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long konark = SelectionFixtures.clusterNamed(registry, "Konark");
        mvc.perform(post(location + "/assignments")
                        .with(user(SelectionFixtures.CHAIR))
                        .with(csrf())
                        .param("clusterId", Long.toString(konark))
                        .param("dedicated", "true")
                        .param("stationed", "true")
                        .param("startedOn", "2024-04-01"))
                .andExpect(flash().attribute("saved", true));
        long assignment = cdas.assignments(cda).get(0).id();
        mvc.perform(post(location + "/assignments/" + assignment + "/end")
                        .with(user(SelectionFixtures.CHAIR))
                        .with(csrf())
                        .param("endedOn", "2025-10-01")
                        .param("endReason", "Moved to the state office"))
                .andExpect(flash().attribute("earlyDeparture", "Konark Stone Carving"));
        mvc.perform(get(location).with(user(SelectionFixtures.CHAIR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1.5")))
                .andExpect(content().string(containsString("Left before three years")));
        mvc.perform(get("/cdas").with(user(SelectionFixtures.CHAIR))).andExpect(status().isOk());
    }
}
