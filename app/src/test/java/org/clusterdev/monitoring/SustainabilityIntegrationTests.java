package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.clusterdev.identity.AuditRecord;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.programme.TrustBuilding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Institutions created or revived, activities taken over and associations' work splits: entry, refusal, audit. */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class SustainabilityIntegrationTests {

    @Autowired
    LocalInstitutions institutions;

    @Autowired
    ActivityTakeovers takeovers;

    @Autowired
    AssociationWorkSplits splits;

    @Autowired
    TrustBuilding trustBuilding;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    EffectsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new EffectsFixture(jdbc);
    }

    @Test
    void anInstitutionIsRecordedChangedAndRemovedWithEachStepAudited() {
        long cluster = fixture.cluster("Efx Sustainability Delta");
        LocalInstitution added = institutions.add(
                cluster,
                new InstitutionDraft(
                        "SPV",
                        " Horn Craft SPV ",
                        "REVIVED",
                        LocalDate.of(2022, 8, 1),
                        Optional.of(24),
                        Optional.empty()));

        assertThat(added.name()).isEqualTo("Horn Craft SPV");
        assertThat(added.source()).isEqualTo("ENTERED");
        LocalInstitution changed = institutions.change(
                cluster,
                added.id(),
                new InstitutionDraft(
                        "SPV",
                        "Horn Craft SPV",
                        "REVIVED",
                        LocalDate.of(2022, 8, 1),
                        Optional.of(31),
                        Optional.of("AGM")),
                added.version());
        assertThat(changed.memberFirms()).contains(31);
        assertThatThrownBy(() -> institutions.change(
                        cluster,
                        added.id(),
                        new InstitutionDraft(
                                "SPV",
                                "Horn Craft SPV",
                                "CREATED",
                                LocalDate.of(2022, 8, 1),
                                Optional.of(5),
                                Optional.empty()),
                        added.version()))
                .hasMessageStartingWith("version:");
        assertThat(institutions.find(cluster, added.id()).orElseThrow().change())
                .isEqualTo("REVIVED");
        assertThatThrownBy(() -> institutions.add(
                        cluster,
                        new InstitutionDraft(
                                "SPV",
                                "horn craft spv",
                                "CREATED",
                                LocalDate.of(2023, 1, 1),
                                Optional.empty(),
                                Optional.empty())))
                .hasMessageStartingWith("name: the cluster already lists");

        institutions.remove(cluster, added.id());
        assertThat(institutions.ofCluster(cluster)).isEmpty();
        assertThat(audit.history("local-institution", Long.toString(added.id())))
                .extracting(AuditRecord::action)
                .containsExactly("DELETE", "UPDATE", "CREATE");
    }

    @Test
    void anInstitutionWithBadFieldsIsRefusedNamingTheField() {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(1);
        assertThatThrownBy(() -> new InstitutionDraft(
                        "BANK", "A bank", "CREATED", LocalDate.of(2022, 1, 1), Optional.empty(), Optional.empty()))
                .hasMessageStartingWith("kind:");
        assertThatThrownBy(() -> new InstitutionDraft(
                        "NETWORK", " ", "CREATED", LocalDate.of(2022, 1, 1), Optional.empty(), Optional.empty()))
                .hasMessageStartingWith("name:");
        assertThatThrownBy(() -> new InstitutionDraft(
                        "NETWORK", "N", "FOUNDED", LocalDate.of(2022, 1, 1), Optional.empty(), Optional.empty()))
                .hasMessageStartingWith("change:");
        assertThatThrownBy(() ->
                        new InstitutionDraft("NETWORK", "N", "CREATED", tomorrow, Optional.empty(), Optional.empty()))
                .hasMessageStartingWith("on:");
        assertThatThrownBy(() -> new InstitutionDraft(
                        "NETWORK", "N", "CREATED", LocalDate.of(2022, 1, 1), Optional.of(-1), Optional.empty()))
                .hasMessageStartingWith("memberFirms:");
    }

    @Test
    void aBodyFormedByTrustBuildingIsListedAsCreatedOnTheDayOfTheActivity() {
        long cluster = fixture.cluster("Efx Sustainability Epsilon");
        long intervention = jdbc.sql("""
                        insert into programme.intervention (cluster_id, state_code, scheme_code, title, stage)
                        values (?, 35, 'MSECDP', 'Sustainability: brass bells', 'TRUST_BUILDING') returning id""").param(cluster).query(Long.class).single();

        trustBuilding.record(
                intervention,
                "TB08",
                LocalDate.of(2024, 2, 12),
                18,
                "eleven firms, the district industries centre",
                "consortium for joint purchase of brass scrap",
                Optional.of("CONSORTIUM"),
                Optional.of("Khurda Bell Makers Consortium"));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !institutions.ofCluster(cluster).isEmpty());
        LocalInstitution listed = institutions.ofCluster(cluster).get(0);
        assertThat(listed.name()).isEqualTo("Khurda Bell Makers Consortium");
        assertThat(listed.kind()).isEqualTo("CONSORTIUM");
        assertThat(listed.change()).isEqualTo("CREATED");
        assertThat(listed.on()).isEqualTo(LocalDate.of(2024, 2, 12));
        assertThat(listed.source()).isEqualTo("TRUST_BUILDING");
        assertThat(listed.interventionId()).contains(intervention);
    }

    @Test
    void anActivityTakenOverNeedsEveryFieldAndIsAudited() {
        long cluster = fixture.cluster("Efx Sustainability Zeta");
        assertThatThrownBy(() -> new TakeoverDraft(
                        "Common design studio", "Silk Weavers Association", LocalDate.of(2023, 4, 1), " "))
                .hasMessageStartingWith("evidence:");
        assertThatThrownBy(
                        () -> new TakeoverDraft(" ", "Silk Weavers Association", LocalDate.of(2023, 4, 1), "minutes"))
                .hasMessageStartingWith("activity:");
        assertThatThrownBy(() -> new TakeoverDraft("Studio", "", LocalDate.of(2023, 4, 1), "minutes"))
                .hasMessageStartingWith("institution:");
        assertThatThrownBy(() -> new TakeoverDraft("Studio", "Association", null, "minutes"))
                .hasMessageStartingWith("since:");

        ActivityTakeover added = takeovers.add(
                cluster,
                new TakeoverDraft(
                        "Common design studio",
                        "Silk Weavers Association",
                        LocalDate.of(2023, 4, 1),
                        "minutes of the AGM; studio accounts 2023-24"));
        ActivityTakeover changed = takeovers.change(
                cluster,
                added.id(),
                new TakeoverDraft(
                        "Common design studio and buyer meets",
                        "Silk Weavers Association",
                        LocalDate.of(2023, 4, 1),
                        "minutes of the AGM"),
                added.version());

        assertThat(takeovers.ofCluster(cluster))
                .extracting(ActivityTakeover::activity)
                .containsExactly("Common design studio and buyer meets");
        assertThat(changed.version()).isEqualTo(added.version() + 1);
        takeovers.remove(cluster, added.id());
        assertThat(takeovers.ofCluster(cluster)).isEmpty();
        assertThat(audit.history("activity-takeover", Long.toString(added.id())))
                .extracting(AuditRecord::action)
                .containsExactly("DELETE", "UPDATE", "CREATE");
    }

    @Test
    void anAssociationsWorkSplitsIntoSharesThatMakeAHundredOrFollowFromHours() {
        long cluster = fixture.cluster("Efx Sustainability Eta");
        long association = fixture.actor(cluster, "Sustainability: Ikat Weavers Association", "ASSOCIATION", null);
        long bank = fixture.actor(cluster, "Sustainability: Ikat Bank", "BANK", null);

        WorkSplit shares = splits.add(cluster, split(association, 2022, "65", "35", null, null));
        // 300 hours developmental of 300 + 180 = 62.50 percent
        WorkSplit hours = splits.add(cluster, split(association, 2023, null, null, "300", "180"));

        assertThat(shares.developmentalShare()).isEqualByComparingTo("65");
        assertThat(hours.developmentalShare()).isEqualByComparingTo("62.50");
        assertThat(hours.lobbyingShare()).isEqualByComparingTo("37.50");
        assertThat(hours.developmentalHours())
                .hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("300"));
        assertThat(splits.ofCluster(cluster)).extracting(WorkSplit::yearLabel).containsExactly("2022-23", "2023-24");

        assertThatThrownBy(() -> split(association, 2021, "60", "30", null, null))
                .hasMessage("lobbyingShare: the shares add up to 90, not 100");
        assertThatThrownBy(() -> split(association, 2021, "120", "-20", null, null))
                .hasMessageStartingWith("developmentalShare: a percentage from 0 to 100");
        assertThatThrownBy(() -> split(association, 2021, "60", "40", "10", "5"))
                .hasMessageStartingWith("developmentalShare: give either");
        assertThatThrownBy(() -> split(association, 2021, null, null, "0", "0"))
                .hasMessageStartingWith("developmentalHours: the hours add up to nothing");
        assertThatThrownBy(() -> split(association, 2021, "60", null, null, null))
                .hasMessageStartingWith("lobbyingShare: both shares are needed");
        assertThatThrownBy(() -> splits.add(cluster, split(bank, 2021, "60", "40", null, null)))
                .hasMessageStartingWith("actorId: not an association");
        assertThatThrownBy(() -> splits.add(cluster, split(association, 2022, "50", "50", null, null)))
                .hasMessageStartingWith(
                        "year: Sustainability: Ikat Weavers Association already has a split for 2022-23");
        assertThat(splits.ofCluster(cluster)).hasSize(2);
        assertThat(splits.find(cluster, shares.id()).orElseThrow().developmentalShare())
                .isEqualByComparingTo("65");
        assertThat(audit.history("association-work", Long.toString(hours.id())))
                .extracting(AuditRecord::action)
                .containsExactly("CREATE");
    }

    private static WorkSplitDraft split(
            long actor, int year, String devShare, String lobShare, String devHours, String lobHours) {
        return new WorkSplitDraft(
                actor,
                year,
                Optional.ofNullable(devShare).map(BigDecimal::new),
                Optional.ofNullable(lobShare).map(BigDecimal::new),
                Optional.ofNullable(devHours).map(BigDecimal::new),
                Optional.ofNullable(lobHours).map(BigDecimal::new),
                Optional.empty());
    }
}
