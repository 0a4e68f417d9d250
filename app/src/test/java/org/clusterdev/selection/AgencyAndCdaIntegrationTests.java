package org.clusterdev.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.internal.AccountAdministration;
import org.clusterdev.programme.InterventionMoved;
import org.clusterdev.programme.InterventionRef;
import org.clusterdev.programme.Interventions;
import org.clusterdev.programme.Stage;
import org.clusterdev.programme.TransitionCheck;
import org.clusterdev.registry.ClusterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AgencyAndCdaIntegrationTests {

    @Autowired
    Agencies agencies;

    @Autowired
    Cdas cdas;

    @Autowired
    ClusterRegistry registry;

    @Autowired
    List<TransitionCheck> checks;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditTrail audit;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    Interventions interventions;

    @Autowired
    SelectionRounds rounds;

    @Autowired
    SelectionDecisions decisions;

    @BeforeEach
    void people() {
        SelectionFixtures.people(accounts);
    }

    @Test
    @WithMockUser(SelectionFixtures.CHAIR)
    void anAgencyAccumulatesClusterYearsFromItsEngagements() {
        long agency = registerAgency("Years Agency");
        agencies.engage(agency, engagement("Konark", "2020-01-01", "2022-01-01", null));
        agencies.engage(agency, engagement("Rourkela", "2021-01-01", "2022-01-01", null));
        assertThat(agencies.find(agency).orElseThrow().clusterYears()).isEqualTo(3.0);
        assertThat(agencies.history(agency))
                .extracting(change -> change.action())
                .contains("CREATE", "ENGAGE");
    }

    @Test
    @WithMockUser(SelectionFixtures.ODISHA_CELL)
    void aStateCellRecordsEngagementsOnlyInItsState() {
        long agency = registerAgency("Odisha Agency");
        agencies.engage(agency, engagement("Konark", "2024-01-01", null, null));
        assertThatThrownBy(() -> agencies.engage(agency, engagement("Rajkot", "2024-01-01", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(agencies.engagements(agency)).hasSize(1);
    }

    @Test
    @WithMockUser(SelectionFixtures.CHAIR)
    void anInterventionEntersAgencyAndCdaInPlaceOnlyWithBothInPlace() {
        long interventionId = 900_000 + System.nanoTime() % 1000;
        long cluster = SelectionFixtures.clusterNamed(registry, "Jalandhar Sports");
        InterventionRef intervention = new InterventionRef(interventionId, cluster, "MSECDP", 3, Stage.SELECTED);

        assertThat(refusals(intervention)).anySatisfy(r -> assertThat(r).contains("implementing agency"));
        long agency = registerAgency("Check Agency");
        agencies.engage(agency, engagement("Jalandhar Sports", "2026-01-01", null, interventionId));
        assertThat(refusals(intervention)).anySatisfy(r -> assertThat(r).contains("CDA"));

        long cda = cdas.register(
                new CdaDraft("Check CDA " + System.nanoTime(), 3, CdaSpeciality.NETWORKING, null, null, null));
        cdas.assign(cda, new AssignmentDraft(cluster, true, true, null, LocalDate.of(2026, 2, 1)));
        assertThat(refusals(intervention)).isEmpty();
        assertThat(checks.stream()
                        .map(check -> check.refusal(intervention, Stage.DIAGNOSTIC_STUDY))
                        .flatMap(Optional::stream))
                .isEmpty();
    }

    @Test
    @WithMockUser(SelectionFixtures.CHAIR)
    void handingOverAnInterventionEndsItsEngagementsSoClusterYearsStopGrowing() throws Exception {
        long interventionId = 800_000 + System.nanoTime() % 1000;
        long cluster = SelectionFixtures.clusterNamed(registry, "Konark");
        long agency = registerAgency("Handover Agency");
        agencies.engage(agency, engagement("Konark", "2023-01-01", null, interventionId));
        Instant handedOver = Instant.parse("2026-01-01T06:00:00Z");
        transactions.executeWithoutResult(status -> events.publishEvent(new InterventionMoved(
                new InterventionRef(interventionId, cluster, "MSECDP", 21, Stage.HANDED_OVER),
                Stage.EVALUATED,
                Stage.HANDED_OVER,
                "programme.officer",
                handedOver)));
        for (int i = 0; i < 100 && agencies.engagements(agency).get(0).endedOn() == null; i++) {
            Thread.sleep(100);
        }
        assertThat(agencies.engagements(agency).get(0).endedOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(agencies.find(agency).orElseThrow().clusterYears()).isEqualTo(3.0);
    }

    @Test
    @WithMockUser(SelectionFixtures.CHAIR)
    void recordsTrainingWithFieldWorkAndRefusesOneEndingBeforeItStarts() {
        long cda = cdas.register(
                new CdaDraft("Trained CDA " + System.nanoTime(), 21, CdaSpeciality.TECHNICAL, "MSME-DI", null, null));
        long konark = SelectionFixtures.clusterNamed(registry, "Konark");
        cdas.train(
                cda,
                new TrainingDraft(
                        "Cluster development programme",
                        "NISIET Hyderabad",
                        LocalDate.of(2025, 6, 2),
                        LocalDate.of(2025, 7, 11),
                        "Diagnostic study and action plan",
                        Optional.of(konark)));
        assertThat(cdas.trainings(cda))
                .singleElement()
                .satisfies(t -> assertThat(t.fieldClusterId()).isEqualTo(konark));
        assertThatThrownBy(() -> new TrainingDraft(
                        "Refresher",
                        "NISIET",
                        LocalDate.of(2025, 7, 1),
                        LocalDate.of(2025, 6, 1),
                        null,
                        Optional.empty()))
                .hasMessageStartingWith("endedOn:");
        assertThat(cdas.find(cda).orElseThrow().trainings()).isEqualTo(1);
    }

    @Test
    @WithMockUser(SelectionFixtures.CHAIR)
    void theAgencySelectedForAnInterventionIsEngagedForItAndNamedItsAgency() {
        long cluster = SelectionFixtures.clusterNamed(registry, "Ludhiana Woollen");
        InterventionRef intervention =
                interventions.propose(cluster, "MSECDP", "Ludhiana knitwear " + System.nanoTime());
        long agency = registerAgency("Selected Agency");
        long round = rounds.open(new RoundDraft(
                RoundKind.AGENCY,
                "Agency for Ludhiana",
                null,
                null,
                Optional.empty(),
                10,
                Optional.of(intervention.id())));
        long candidate = rounds.addCandidate(round, agency, false);
        rounds.close(round, 0);
        decisions.decide(round, candidate, Decision.SELECTED, "Best placed in the cluster");

        assertThat(agencies.engagements(agency))
                .singleElement()
                .satisfies(e -> assertThat(e.interventionId()).isEqualTo(intervention.id()));
        assertThat(interventions.details(intervention.id()).orElseThrow().agencyId())
                .contains(agency);
        assertThat(refusals(intervention))
                .singleElement()
                .satisfies(r -> assertThat(r).contains("CDA"));
        assertThatThrownBy(() -> rounds.open(new RoundDraft(
                        RoundKind.CLUSTER,
                        "Wrong kind",
                        "MSECDP",
                        "MSME",
                        Optional.empty(),
                        10,
                        Optional.of(intervention.id()))))
                .hasMessageStartingWith("interventionId:");
    }

    private List<String> refusals(InterventionRef intervention) {
        return checks.stream()
                .map(check -> check.refusal(intervention, Stage.AGENCY_AND_CDA_IN_PLACE))
                .flatMap(Optional::stream)
                .toList();
    }

    private long registerAgency(String name) {
        return agencies.register(new AgencyDraft(
                name + " " + System.nanoTime(), AgencyKind.IMPLEMENTING_AGENCY, 21, null, null, null, 2));
    }

    private EngagementDraft engagement(String cluster, String from, String to, Long intervention) {
        return new EngagementDraft(
                SelectionFixtures.clusterNamed(registry, cluster),
                Optional.ofNullable(intervention),
                LocalDate.parse(from),
                Optional.ofNullable(to).map(LocalDate::parse),
                null);
    }
}
