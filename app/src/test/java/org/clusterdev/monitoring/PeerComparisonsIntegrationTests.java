package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A cluster against its peers (NIC group 089, typology OTHER_MICRO, only this class's clusters) on an indicator
 * and on a rating total, with the median, quartiles and ranks worked out by hand.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class PeerComparisonsIntegrationTests {

    @Autowired
    PeerComparisons peers;

    @Autowired
    Ratings ratings;

    @Autowired
    JdbcClient jdbc;

    RatingFixture fixture;
    long alpha;
    long beta;
    long gamma;
    long delta;
    long epsilon;
    long otherTypology;
    long otherGroup;

    @BeforeEach
    void peers() {
        // each test gets a new instance; the clusters are found by name once inserted
        fixture = new RatingFixture(jdbc);
        alpha = cluster("Peers: Alpha Salt Pans", "08931", "OTHER_MICRO");
        beta = cluster("Peers: Beta Salt Pans", "08932", "OTHER_MICRO");
        gamma = cluster("Peers: Gamma Salt Pans", "08933", "OTHER_MICRO");
        delta = cluster("Peers: Delta Salt Pans", "08934", "OTHER_MICRO");
        epsilon = cluster("Peers: Epsilon Salt Pans", "08935", "OTHER_MICRO");
        otherTypology = cluster("Peers: Salt Crafts", "08936", "HANDICRAFT");
        otherGroup = cluster("Peers: Quarry", "0810", "OTHER_MICRO");
    }

    private long cluster(String name, String nic, String typology) {
        return jdbc.sql("select id from registry.cluster where name = ?")
                .param(name)
                .query(Long.class)
                .optional()
                .orElseGet(() -> {
                    long id = fixture.cluster(name, "Salt", nic, typology);
                    seed(id, name);
                    return id;
                });
    }

    /** Exports of financial year 2023-24, approved by the scheme unless said otherwise. */
    private void seed(long id, String name) {
        switch (name) {
            case "Peers: Alpha Salt Pans" -> {
                fixture.actual(id, "EXPORTS", 2023, 1, "100", 3);
                fixture.actual(id, "EXPORTS", 2023, 2, "50", 3);
                fixture.actual(id, "EXPORTS", 2022, 4, "5000", 3); // another year
            }
            case "Peers: Beta Salt Pans" -> fixture.actual(id, "EXPORTS", 2023, 3, "400", 3);
            case "Peers: Gamma Salt Pans" -> fixture.actual(id, "EXPORTS", 2023, 1, "250", 3);
            case "Peers: Delta Salt Pans" -> fixture.actual(id, "EXPORTS", 2023, 4, "250", 3);
            case "Peers: Epsilon Salt Pans" -> fixture.actual(id, "EXPORTS", 2023, 2, "999", 2); // not yet the scheme's
            case "Peers: Salt Crafts" -> fixture.actual(id, "EXPORTS", 2023, 1, "1000", 3);
            default -> fixture.actual(id, "EXPORTS", 2023, 1, "2000", 3);
        }
    }

    @Test
    void aClusterIsComparedWithTheClustersOfItsNicGroupAndTypologyOnApprovedValuesOfTheYear() {
        PeerComparison comparison = peers.compare(alpha, "INDICATOR:EXPORTS", 2023);

        assertThat(comparison.nicGroup()).isEqualTo("089");
        assertThat(comparison.peers())
                .extracting(PeerComparison.Peer::clusterId)
                .containsExactly(beta, delta, gamma, alpha, epsilon);
        // Alpha: 100 + 50 in 2023-24; the 5000 of 2022-23 and Epsilon's unapproved 999 do not count
        assertThat(comparison.self().value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("150"));
        assertThat(comparison.counted()).isEqualTo(4);
        // sorted 150, 250, 250, 400
        assertThat(comparison.median()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("250"));
        assertThat(comparison.lowerQuartile())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("225"));
        assertThat(comparison.upperQuartile())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("287.5"));
        assertThat(comparison.self().rank()).contains(4);
        assertThat(comparison.quartile()).contains(4);
        assertThat(comparison.peers()).extracting(p -> p.rank().orElse(0)).containsExactly(1, 2, 2, 4, 0);

        PeerComparison fromBeta = peers.compare(beta, "INDICATOR:EXPORTS", 2023);
        assertThat(fromBeta.self().rank()).contains(1);
        assertThat(fromBeta.quartile()).contains(1);
    }

    @Test
    void peersAreComparedOnARatingTotalToo() {
        // CLUSTER_GENERAL weights 25, 20, 15, 15, 15, 10 on 0-4: all 2 -> 200 / 4 = 50; all 3 -> 300 / 4 = 75
        ratings.rate(rating(gamma, 2));
        ratings.rate(rating(delta, 3));
        ratings.rate(rating(epsilon, 3));

        PeerComparison comparison = peers.compare(gamma, "RATING:CLUSTER_GENERAL", 2024);
        assertThat(comparison.counted()).isEqualTo(3);
        assertThat(comparison.self().value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50"));
        assertThat(comparison.self().rank()).contains(3);
        // sorted 50, 75, 75: median 75, lower quartile at position 0.5 = 62.5
        assertThat(comparison.median()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("75"));
        assertThat(comparison.lowerQuartile())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("62.5"));
        assertThat(comparison.measure().unit()).isEqualTo(PeerComparisons.POINTS);
    }

    @Test
    void anUnknownMeasureIsRefused() {
        assertThatThrownBy(() -> peers.compare(alpha, "INDICATOR:NO_SUCH", 2023))
                .hasMessageStartingWith("measure: ");
        assertThat(peers.measures())
                .extracting(PeerComparison.Measure::key)
                .contains("INDICATOR:EXPORTS", "RATING:CLUSTER_GENERAL", "RATING:ENVIRONMENTAL_COMPLIANCE")
                .doesNotContain("RATING:BMO");
    }

    static RatingEntry rating(long cluster, int everywhere) {
        return new RatingEntry(
                "CLUSTER_GENERAL",
                2024,
                cluster,
                Optional.empty(),
                Map.of(
                        "ECONOMIC",
                        everywhere,
                        "COLLABORATION",
                        everywhere,
                        "EMPLOYMENT",
                        everywhere,
                        "ENVIRONMENT",
                        everywhere,
                        "INSTITUTIONS",
                        everywhere,
                        "INCLUSIVENESS",
                        everywhere),
                Map.of(),
                Optional.empty());
    }
}
