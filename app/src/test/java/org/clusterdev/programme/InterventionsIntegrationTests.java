package org.clusterdev.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.identity.internal.AccountAdministration;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class InterventionsIntegrationTests {

    static final String ODISHA_CELL = "programme.odisha.cell";

    @Autowired
    Interventions interventions;

    @Autowired
    ClusterRegistry registry;

    @Autowired
    AuditTrail audit;

    @Autowired
    AccountAdministration accounts;

    @BeforeEach
    void odishaStateCell() {
        if (accounts.findByUsername(ODISHA_CELL).isEmpty()) {
            accounts.create(
                    ODISHA_CELL,
                    "Odisha cell",
                    "a long enough passphrase",
                    List.of(new RoleGrant(Role.STATE_CELL, Scope.state(21))));
        }
    }

    @Test
    void aProposalStartsProposedWithTheDecisionDeadlineAndIsAudited() {
        long konark = clusterNamed("Konark");
        InterventionRef proposed = interventions.propose(konark, "NSIC", "Stone carving technology upgradation");

        assertThat(proposed.stage()).isEqualTo(Stage.PROPOSED);
        assertThat(proposed.stateCode()).isEqualTo(21);
        Intervention stored = interventions.details(proposed.id()).orElseThrow();
        assertThat(stored.stageDueOn()).contains(today().plusDays(60));
        assertThat(interventions.ofCluster(konark)).contains(proposed);
        assertThat(audit.history("intervention", Long.toString(proposed.id())))
                .singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("CREATE"));
    }

    @Test
    void refusesAnUnknownSchemeAndASecondOpenInterventionUnderTheSameScheme() {
        long rajkot = clusterNamed("Rajkot");
        assertThatThrownBy(() -> interventions.propose(rajkot, "NO_SUCH_SCHEME", "x"))
                .hasMessageStartingWith("schemeCode: 'NO_SUCH_SCHEME' is not a scheme");
        interventions.propose(rajkot, "NPRI", "Diesel engine cluster");
        assertThatThrownBy(() -> interventions.propose(rajkot, "NPRI", "again"))
                .hasMessageStartingWith("schemeCode: this cluster already has an open intervention");
        assertThat(interventions.ofCluster(rajkot))
                .filteredOn(i -> i.schemeCode().equals("NPRI"))
                .hasSize(1);
    }

    @Test
    void aMoveGoesOneStageForwardWithTheNewStagesDeadlineAndHistory() {
        InterventionRef proposed = interventions.propose(clusterNamed("Rajkot"), "SIDBI_TUP", "Technology upgradation");
        InterventionRef selected = interventions.move(proposed.id(), Stage.SELECTED, "scored first in the round", 0);

        assertThat(selected.stage()).isEqualTo(Stage.SELECTED);
        Intervention stored = interventions.details(selected.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.stageDueOn()).contains(today().plusDays(90));
        assertThat(interventions.history(selected.id()))
                .extracting(StageChange::to)
                .containsExactly(Stage.PROPOSED, Stage.SELECTED);
        assertThat(interventions.history(selected.id()).get(1).note()).contains("scored first in the round");
    }

    @Test
    void refusesAStaleVersionAndStoresNothing() {
        InterventionRef proposed = interventions.propose(clusterNamed("Konark"), "NMCC_VIKAS", "Marketing");
        interventions.move(proposed.id(), Stage.SELECTED, null, 0);
        assertThatThrownBy(() -> interventions.move(proposed.id(), Stage.CLOSED, "duplicate proposal", 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("version: someone else changed this intervention");
        assertThat(interventions.find(proposed.id()).orElseThrow().stage()).isEqualTo(Stage.SELECTED);
    }

    @Test
    void closingEarlyKeepsTheReasonAndEndsTheLifecycle() {
        InterventionRef proposed = interventions.propose(clusterNamed("Konark"), "NEDFI_CDP", "Outreach");
        interventions.move(proposed.id(), Stage.CLOSED, "the cluster association withdrew", 0);

        Intervention closed = interventions.details(proposed.id()).orElseThrow();
        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(closed.closedReason()).contains("the cluster association withdrew");
        assertThat(closed.stageDueOn()).isEmpty();
        assertThatThrownBy(() -> interventions.move(proposed.id(), Stage.SELF_MANAGING, null, 1))
                .hasMessageContaining("moves no further");
    }

    @Test
    void theImplementingAgencyIsNamedOnceSelectedAndAudited() {
        InterventionRef proposed = interventions.propose(clusterNamed("Konark"), "IIUS", "Infrastructure");
        interventions.assignAgency(proposed.id(), 42L, 0);
        assertThat(interventions.details(proposed.id()).orElseThrow().agencyId())
                .contains(42L);
        assertThat(audit.history("intervention", Long.toString(proposed.id())))
                .extracting(entry -> entry.action())
                .contains("AGENCY");
    }

    @Test
    @WithMockUser(username = ODISHA_CELL)
    void aStateCellProposesInItsStateButMayNotSelectNorActElsewhere() {
        InterventionRef proposed = interventions.propose(clusterNamed("Konark"), "ORISSA_SILPIGRAM", "Silpigram");
        assertThat(proposed.stateCode()).isEqualTo(21);
        assertThatThrownBy(() -> interventions.move(proposed.id(), Stage.SELECTED, null, 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> interventions.propose(clusterNamed("Rajkot"), "ORISSA_SILPIGRAM", "elsewhere"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(interventions.find(proposed.id()).orElseThrow().stage()).isEqualTo(Stage.PROPOSED);
    }

    private long clusterNamed(String text) {
        return registry.search(ClusterSearch.everything().withText(text), 0, 1)
                .get(0)
                .id();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Kolkata"));
    }
}
