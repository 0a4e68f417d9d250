package org.clusterdev.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class ClusterStakeholdersIntegrationTests {

    @Autowired
    ClusterStakeholders stakeholders;

    @Autowired
    ClusterRegistry registry;

    @Autowired
    ClusterProfiles profiles;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConsortiumFormedJoinsTheClustersStakeholders() {
        long konark = konark();

        stakeholders.addFormedBody(konark, "CONSORTIUM", " Konark Carvers Consortium ", LocalDate.of(2026, 3, 1));

        assertThat(profiles.find(konark).orElseThrow().stakeholders()).anySatisfy(actor -> {
            assertThat(actor.name()).isEqualTo("Konark Carvers Consortium");
            assertThat(actor.kind()).isEqualTo("CONSORTIUM");
        });
    }

    @Test
    void refusesAnUnknownKindABlankNameOrAMissingDayAndStoresNothing() {
        long konark = konark();
        long actorsBefore = actors();

        assertThatThrownBy(() -> stakeholders.addFormedBody(konark, "BANK", "A bank", LocalDate.of(2026, 3, 1)))
                .hasMessageStartingWith("kind:");
        assertThatThrownBy(() -> stakeholders.addFormedBody(konark, "SPV", "  ", LocalDate.of(2026, 3, 1)))
                .hasMessageStartingWith("name:");
        assertThatThrownBy(() -> stakeholders.addFormedBody(konark, "SPV", "Konark SPV", null))
                .hasMessageStartingWith("since:");
        assertThatThrownBy(() -> stakeholders.addFormedBody(-1, "SPV", "Nowhere SPV", LocalDate.of(2026, 3, 1)))
                .hasMessageStartingWith("clusterId:");
        assertThat(actors()).isEqualTo(actorsBefore);
    }

    private long konark() {
        return registry.search(ClusterSearch.everything().withText("Konark"), 0, 1)
                .get(0)
                .id();
    }

    private long actors() {
        return jdbc.sql("select count(*) from registry.actor").query(Long.class).single();
    }
}
