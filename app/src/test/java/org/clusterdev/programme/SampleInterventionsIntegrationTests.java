package org.clusterdev.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class SampleInterventionsIntegrationTests {

    @Autowired
    Pipeline pipeline;

    @Autowired
    Interventions interventions;

    @Test
    void aDemoSystemShowsInterventionsInSeveralStagesWithOneOverdue() {
        List<PipelineEntry> samples = pipeline.entries(PipelineFilter.everything()).stream()
                .filter(entry -> interventions.history(entry.intervention().id()).stream()
                        .anyMatch(change -> change.actor().equals("demo")))
                .toList();

        assertThat(samples).hasSize(6);
        assertThat(samples)
                .extracting(entry -> entry.intervention().stage())
                .contains(Stage.PROPOSED, Stage.DIAGNOSTIC_STUDY, Stage.IMPLEMENTING, Stage.SELF_MANAGING);
        assertThat(samples).filteredOn(PipelineEntry::overdue).singleElement().satisfies(entry -> {
            assertThat(entry.clusterName()).isEqualTo("Jaipur Hand Block Printing");
            assertThat(entry.daysOverdue()).isEqualTo(30);
            assertThat(entry.whoMustAct()).contains(org.clusterdev.identity.Role.IMPLEMENTING_AGENCY);
        });
        PipelineEntry tirupur = samples.stream()
                .filter(entry -> entry.clusterName().startsWith("Tirupur"))
                .findFirst()
                .orElseThrow();
        assertThat(interventions.history(tirupur.intervention().id()))
                .extracting(StageChange::to)
                .containsExactly(
                        Stage.PROPOSED,
                        Stage.SELECTED,
                        Stage.AGENCY_AND_CDA_IN_PLACE,
                        Stage.DIAGNOSTIC_STUDY,
                        Stage.TRUST_BUILDING,
                        Stage.ACTION_PLAN,
                        Stage.BUDGET_APPROVED,
                        Stage.IMPLEMENTING);
    }
}
