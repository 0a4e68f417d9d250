package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A cluster's network over financial years 2019-20 to 2021-22, against figures worked out by hand.
 *
 * <pre>
 * actors   A1 since 2018-05  A2 undated  A3 since 2019-06  A4 since 2020-07  A5 since 2021-04
 *          stakeholders at year end: 3, 4, 5; possible pairs 3, 6, 10
 * linkages L1 A1-A2 undated                 active 19 20 21
 *          L2 A1-A3 2019-08 to 2020-05      active 19 20, new 19
 *          L3 A3-A1 2020-09 (same pair)     active 20 21, new 20
 *          L4 A2-A4 2021-01                 active 20 21, new 20
 *          L5 A4-A5 2021-06                 active 21, new 21
 *          active 2, 4, 4; new 1, 2, 1; pairs linked 2, 3, 4; density 0.6667, 0.5000, 0.4000
 * trust    TB05 2019-10 joint, TB01 2019-11 not joint, TB08 2020-12 and TB07 2021-02 joint: 1, 2, 0
 * firms    registry 2019: 200, 2021: 250; consortium of 30 (2020-06), network of 20 revived (2021-05),
 *          an association of 100 not counted: 0, 30 of 200 = 15.0%, 50 of 250 = 20.0%
 * </pre>
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class LinkageNetworksIntegrationTests {

    @Autowired
    LinkageNetworks networks;

    @Autowired
    LocalInstitutions institutions;

    @Autowired
    JdbcClient jdbc;

    long cluster;

    @BeforeEach
    void dataSet() {
        EffectsFixture fixture = new EffectsFixture(jdbc);
        cluster = fixture.cluster("Efx Network Gamma");
        long a1 = fixture.actor(cluster, "Networks: A1 firm", "PRINCIPAL_FIRM", LocalDate.of(2018, 5, 1));
        long a2 = fixture.actor(cluster, "Networks: A2 bank", "BANK", null);
        long a3 = fixture.actor(cluster, "Networks: A3 supplier", "SUPPLIER", LocalDate.of(2019, 6, 1));
        long a4 = fixture.actor(cluster, "Networks: A4 firm", "PRINCIPAL_FIRM", LocalDate.of(2020, 7, 1));
        long a5 = fixture.actor(cluster, "Networks: A5 institute", "TECHNICAL_INSTITUTION", LocalDate.of(2021, 4, 1));
        fixture.linkage(cluster, a1, a2, null, null);
        fixture.linkage(cluster, a1, a3, LocalDate.of(2019, 8, 1), LocalDate.of(2020, 5, 31));
        fixture.linkage(cluster, a3, a1, LocalDate.of(2020, 9, 1), null);
        fixture.linkage(cluster, a2, a4, LocalDate.of(2021, 1, 15), null);
        fixture.linkage(cluster, a4, a5, LocalDate.of(2021, 6, 1), null);
        long intervention = fixture.intervention(cluster, "Networks: appliqué");
        fixture.trustActivity(intervention, "TB05", LocalDate.of(2019, 10, 10));
        fixture.trustActivity(intervention, "TB01", LocalDate.of(2019, 11, 11));
        fixture.trustActivity(intervention, "TB08", LocalDate.of(2020, 12, 1));
        fixture.trustActivity(intervention, "TB07", LocalDate.of(2021, 2, 1));
        fixture.figures(cluster, 2019, 200, null, null, null);
        fixture.figures(cluster, 2021, 250, null, null, null);
        if (institutions.ofCluster(cluster).isEmpty()) {
            institutions.add(
                    cluster, draft("CONSORTIUM", "Pipili Consortium", "CREATED", LocalDate.of(2020, 6, 1), 30));
            institutions.add(
                    cluster, draft("NETWORK", "Pipili Women Network", "REVIVED", LocalDate.of(2021, 5, 1), 20));
            institutions.add(
                    cluster,
                    draft("ASSOCIATION", "Pipili Artisans Association", "CREATED", LocalDate.of(2019, 5, 1), 100));
        }
    }

    @Test
    void measuresTheNetworkYearByYear() {
        List<NetworkYear> years = networks.years(cluster, Optional.of(2019), Optional.of(2021));

        assertThat(years).extracting(NetworkYear::label).containsExactly("2019-20", "2020-21", "2021-22");
        assertThat(years).extracting(NetworkYear::stakeholders).containsExactly(3, 4, 5);
        assertThat(years).extracting(NetworkYear::activeLinkages).containsExactly(2, 4, 4);
        assertThat(years).extracting(NetworkYear::newLinkages).containsExactly(1, 2, 1);
        assertThat(years).extracting(y -> y.density().toPlainString()).containsExactly("0.6667", "0.5000", "0.4000");
        assertThat(years).extracting(NetworkYear::jointActions).containsExactly(1, 2, 0);
        assertThat(years).extracting(y -> y.firms().orElseThrow()).containsExactly(200, 200, 250);
        assertThat(years).extracting(NetworkYear::firmsInNetworks).containsExactly(0, 30, 50);
        assertThat(years)
                .extracting(y -> y.shareInNetworks().orElseThrow().toPlainString())
                .containsExactly("0.0", "15.0", "20.0");
    }

    @Test
    void byDefaultStartsWithTheFirstDatedRecordAndEndsThisYear() {
        List<NetworkYear> years = networks.years(cluster, Optional.empty(), Optional.empty());

        assertThat(years.get(0).year()).isEqualTo(2018);
        assertThat(years.get(0).stakeholders()).isEqualTo(2);
        assertThat(years.get(years.size() - 1).year())
                .isEqualTo(ReportingPeriod.containing(LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")))
                        .year());
    }

    @Test
    void refusesYearsInTheWrongOrderAndAnUnknownCluster() {
        assertThatThrownBy(() -> networks.years(cluster, Optional.of(2021), Optional.of(2019)))
                .hasMessageStartingWith("toYear:");
        assertThatThrownBy(() -> networks.years(-5, Optional.empty(), Optional.empty()))
                .hasMessageStartingWith("clusterId:");
    }

    private static InstitutionDraft draft(String kind, String name, String change, LocalDate on, int members) {
        return new InstitutionDraft(kind, name, change, on, Optional.of(members), Optional.empty());
    }
}
