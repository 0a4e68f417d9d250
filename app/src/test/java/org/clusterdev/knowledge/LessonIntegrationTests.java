package org.clusterdev.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.internal.AccountAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Practices recorded in one cluster are suggested to similar clusters, best match first, with the reasons. */
@SpringBootTest
@AutoConfigureMockMvc
class LessonIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    BestPractices practices;

    @BeforeEach
    void accounts() {
        KnowledgeFixtures.accounts(accounts);
    }

    @Test
    @WithUserDetails(value = KnowledgeFixtures.CDA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void suggestsTheLessonsOfTheSameNicClassBeforeThoseOfTheSameTypologyAndNeverTheClustersOwn() {
        long jalandhar = KnowledgeFixtures.cluster(jdbc, "Jalandhar Hand Tools");
        long nagaur = KnowledgeFixtures.cluster(jdbc, "Nagaur Hand Tools");
        long agra = KnowledgeFixtures.cluster(jdbc, "Agra Footwear");
        long sameClass = practices.record(practice("Shared forging shop cuts rejects", jalandhar));
        long sameTypology = practices.record(practice("Design clinic for footwear exporters", agra));
        long own = practices.record(practice("Nagaur's own lesson", nagaur));

        List<Lesson> lessons = practices.lessonsFor(nagaur, 50);
        List<Long> ids = lessons.stream().map(l -> l.practice().id()).toList();
        assertThat(ids).contains(sameClass, sameTypology).doesNotContain(own);
        assertThat(ids.indexOf(sameClass)).isLessThan(ids.indexOf(sameTypology));
        Lesson best = lessons.get(ids.indexOf(sameClass));
        assertThat(best.reasons())
                .extracting(Lesson.Reason::key)
                .contains("lesson.reason.nic4", "lesson.reason.typology");
        assertThat(best.reasons()).contains(new Lesson.Reason("lesson.reason.nic4", "2593"));
        assertThat(lessons.get(ids.indexOf(sameTypology)).reasons())
                .extracting(Lesson.Reason::key)
                .containsExactly("lesson.reason.typology");
    }

    @Test
    @WithUserDetails(value = KnowledgeFixtures.CDA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theClusterPageFragmentShowsTheLessonWithWhyItMatches() throws Exception {
        long tumkur = KnowledgeFixtures.cluster(jdbc, "Tumkur Hand Tools");
        long bidar = KnowledgeFixtures.cluster(jdbc, "Bidar Bidriware");
        practices.record(practice("Heat treatment furnace shared by forging units", tumkur));
        mvc.perform(get("/practices/lessons")
                        .param("cluster", Long.toString(KnowledgeFixtures.cluster(jdbc, "Jalandhar Hand Tools"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Heat treatment furnace shared by forging units")))
                .andExpect(content().string(containsString("same NIC class 2593")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/clusters/" + bidar))
                .andExpect(content().string(containsString("/practices/lessons?cluster=" + bidar)));
    }

    @Test
    @WithUserDetails(value = KnowledgeFixtures.CDA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void refusesAPracticeForAnUnknownCluster() {
        long before = KnowledgeFixtures.count(jdbc, "knowledge.practice");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> practices.record(practice("Nowhere", 987654321L)))
                .hasMessageStartingWith("clusterId:");
        assertThat(KnowledgeFixtures.count(jdbc, "knowledge.practice")).isEqualTo(before);
    }

    private static PracticeDetails practice(String title, long cluster) {
        return new PracticeDetails(
                title,
                "High rejection rates in forging",
                "A shared unit with trained operators",
                "Rejects fell from 12% to 4% within a year",
                Optional.of(1_500_000L),
                cluster,
                ActivityType.TECHNOLOGY_UPGRADATION,
                List.of(Theme.QUALITY),
                Optional.empty());
    }
}
