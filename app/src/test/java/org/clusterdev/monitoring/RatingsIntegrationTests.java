package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Ratings under the seeded grids: weighted totals and grades, the three-year frame, association ratings, thematic
 * rankings and the refusals that store nothing. Totals are worked out by hand from the grid's weights.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class RatingsIntegrationTests {

    @Autowired
    Ratings ratings;

    @Autowired
    RatingSchemes schemes;

    @Autowired
    JdbcClient jdbc;

    RatingFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new RatingFixture(jdbc);
    }

    /** CLUSTER_GENERAL: weights 25, 20, 15, 15, 15, 10 on a scale of 0 to 4. */
    static Map<String, Integer> general(
            int economic, int collaboration, int employment, int environment, int institutions, int inclusiveness) {
        return Map.of(
                "ECONOMIC", economic,
                "COLLABORATION", collaboration,
                "EMPLOYMENT", employment,
                "ENVIRONMENT", environment,
                "INSTITUTIONS", institutions,
                "INCLUSIVENESS", inclusiveness);
    }

    static RatingEntry clusterRating(long cluster, int year, Map<String, Integer> scores) {
        return new RatingEntry("CLUSTER_GENERAL", year, cluster, Optional.empty(), scores, Map.of(), Optional.empty());
    }

    @Test
    void aClusterRatedThreeYearsShowsItsTotalsSideBySideWithTheChange() {
        long cluster = fixture.cluster("Ratings: Frame Brassware", "Brass ware", "25993", "HANDICRAFT");
        // 25x2 + 20x1 + 15x2 + 15x1 + 15x0 + 10x2 = 135; / 4 = 33.75 -> D
        Rating first = ratings.rate(clusterRating(cluster, 2022, general(2, 1, 2, 1, 0, 2)));
        assertThat(first.total()).isEqualByComparingTo("33.75");
        assertThat(first.grade()).isEqualTo("D");
        // 75 + 40 + 30 + 30 + 15 + 20 = 210; / 4 = 52.50 -> C
        ratings.rate(clusterRating(cluster, 2023, general(3, 2, 2, 2, 1, 2)));
        // 100 + 60 + 45 + 30 + 30 + 30 = 295; / 4 = 73.75 -> B
        ratings.rate(new RatingEntry(
                "CLUSTER_GENERAL",
                2024,
                cluster,
                Optional.empty(),
                general(4, 3, 3, 2, 2, 3),
                Map.of("ECONOMIC", "  turnover up a fifth "),
                Optional.of("field visit")));

        RatingFrame frame = ratings.frame("CLUSTER_GENERAL", cluster, Optional.empty(), 2024);
        assertThat(frame.years()).containsExactly(2022, 2023, 2024);
        assertThat(frame.ratings()).allSatisfy(r -> assertThat(r).isPresent());
        assertThat(frame.ratings().stream().map(r -> r.get().total()).toList())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("33.75"), new BigDecimal("52.50"), new BigDecimal("73.75"));
        assertThat(frame.ratings().stream().map(r -> r.get().grade()).toList()).containsExactly("D", "C", "B");
        assertThat(frame.change()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("40.00"));
        assertThat(frame.change("ECONOMIC"))
                .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("2"));
        assertThat(frame.ratings().get(2).get().score("ECONOMIC").get().note()).contains("turnover up a fifth");

        // the frame ending 2025 has 2023 and 2024 only: 73.75 - 52.50 = 21.25
        RatingFrame later = ratings.frame("CLUSTER_GENERAL", cluster, Optional.empty(), 2025);
        assertThat(later.ratings().get(2)).isEmpty();
        assertThat(later.change()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("21.25"));

        assertThat(ratings.frameLines("CLUSTER_GENERAL", 2024, 0, 1000))
                .filteredOn(l -> l.clusterId() == cluster)
                .singleElement()
                .satisfies(l -> assertThat(l.change())
                        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("40")));
    }

    @Test
    void ratingTheSameYearAgainReplacesTheRating() {
        long cluster = fixture.cluster("Ratings: Twice Rated", "Brass ware", "25993", "HANDICRAFT");
        ratings.rate(clusterRating(cluster, 2023, general(0, 0, 0, 0, 0, 0)));
        // 100 + 80 + 60 + 60 + 60 + 40 = 400; / 4 = 100 -> A
        Rating again = ratings.rate(clusterRating(cluster, 2023, general(4, 4, 4, 4, 4, 4)));
        assertThat(again.total()).isEqualByComparingTo("100");
        assertThat(again.grade()).isEqualTo("A");
        assertThat(fixture.ratings(cluster)).isEqualTo(1);
    }

    @Test
    void refusalsNameTheFieldAndStoreNothing() {
        long cluster = fixture.cluster("Ratings: Refused", "Brass ware", "25993", "HANDICRAFT");
        Map<String, Integer> missing = new java.util.HashMap<>(general(1, 1, 1, 1, 1, 1));
        missing.remove("INCLUSIVENESS");
        assertThatThrownBy(() -> ratings.rate(clusterRating(cluster, 2023, missing)))
                .hasMessage("scores.INCLUSIVENESS: not scored");
        assertThatThrownBy(() -> ratings.rate(clusterRating(cluster, 2023, general(1, 1, 5, 1, 1, 1))))
                .hasMessage("scores.EMPLOYMENT: 5 is off the scale 0-4");
        assertThatThrownBy(() ->
                        ratings.rate(clusterRating(cluster, Ratings.currentYear() + 1, general(1, 1, 1, 1, 1, 1))))
                .hasMessageStartingWith("year: ");
        assertThatThrownBy(() -> ratings.rate(new RatingEntry(
                        "CLUSTER_GENERAL",
                        2023,
                        cluster,
                        Optional.of(1L),
                        general(1, 1, 1, 1, 1, 1),
                        Map.of(),
                        Optional.empty())))
                .hasMessageStartingWith("actor: ");
        // the electroplating grid rates clusters of NIC 2592 only
        assertThatThrownBy(() -> ratings.rate(new RatingEntry(
                        "ENVIRONMENTAL_COMPLIANCE",
                        2023,
                        cluster,
                        Optional.empty(),
                        Map.of(
                                "CONSENTS",
                                1,
                                "EFFLUENT",
                                1,
                                "HAZARDOUS_WASTE",
                                1,
                                "CLEANER_PRODUCTION",
                                1,
                                "WORKER_SAFETY",
                                1),
                        Map.of(),
                        Optional.empty())))
                .hasMessageStartingWith("cluster: ");
        assertThat(fixture.ratings(cluster)).isZero();
    }

    @Test
    void anAssociationIsRatedByThePublishedGridOnlyAsAMembershipBodyOfItsCluster() {
        long cluster = fixture.cluster("Ratings: Association Cluster", "Brass ware", "25993", "HANDICRAFT");
        long association = fixture.actor(cluster, "Ratings Brass Manufacturers Association", "ASSOCIATION");
        long bank = fixture.actor(cluster, "Ratings Cooperative Bank Branch", "BANK");
        assertThat(ratings.associations(cluster))
                .extracting(Ratings.Association::actorId)
                .containsExactly(association);
        Map<String, Integer> scores = Map.of(
                "DEVELOPMENTAL_WORK",
                3,
                "SERVICES",
                2,
                "MEMBERSHIP",
                4,
                "GOVERNANCE",
                2,
                "LINKAGES",
                1,
                "SELF_FINANCE",
                0);

        assertThatThrownBy(() -> ratings.rate(
                        new RatingEntry("BMO", 2024, cluster, Optional.empty(), scores, Map.of(), Optional.empty())))
                .hasMessageStartingWith("actor: choose");
        assertThatThrownBy(() -> ratings.rate(
                        new RatingEntry("BMO", 2024, cluster, Optional.of(bank), scores, Map.of(), Optional.empty())))
                .hasMessageStartingWith("actor: " + bank + " is not an association");
        assertThat(fixture.ratings(cluster)).isZero();

        // 25x3 + 20x2 + 15x4 + 15x2 + 15x1 + 10x0 = 75 + 40 + 60 + 30 + 15 = 220; / 4 = 55.00 -> C
        Rating rated = ratings.rate(
                new RatingEntry("BMO", 2024, cluster, Optional.of(association), scores, Map.of(), Optional.empty()));
        assertThat(rated.total()).isEqualByComparingTo("55.00");
        assertThat(rated.grade()).isEqualTo("C");
        assertThat(rated.subjectName()).isEqualTo("Ratings Brass Manufacturers Association");
        assertThat(ratings.frame("BMO", cluster, Optional.of(association), 2024)
                        .ratings()
                        .get(2))
                .isPresent();
    }

    @Test
    void aThematicRatingRanksEveryClusterOfTheProductAndListsThoseNotRated() {
        long best = fixture.cluster(
                "Ratings: Zinc Works A", "Zincoplating and electroplating", "25920", "TRADITIONAL_MANUFACTURING");
        long tied1 = fixture.cluster(
                "Ratings: Zinc Works B", "Zincoplating of fasteners", "25920", "TRADITIONAL_MANUFACTURING");
        long tied2 = fixture.cluster(
                "Ratings: Zinc Works C", "Zincoplating of hardware", "25920", "TRADITIONAL_MANUFACTURING");
        long unrated =
                fixture.cluster("Ratings: Zinc Works D", "Zincoplating of locks", "25920", "TRADITIONAL_MANUFACTURING");
        // weights 30, 30, 20, 10, 10: 30x4 + 30x4 + 20x3 + 10x2 + 10x2 = 340; / 4 = 85.00
        ratings.rate(environment(best, 2024, 4, 4, 3, 2, 2));
        // 30x2 + 30x2 + 20x2 + 10x2 + 10x2 = 200; / 4 = 50.00, twice
        ratings.rate(environment(tied1, 2024, 2, 2, 2, 2, 2));
        ratings.rate(environment(tied2, 2024, 2, 2, 2, 2, 2));
        // the year before: 30x1 + 30x1 + 20x1 + 10x1 + 10x1 = 100; / 4 = 25.00
        ratings.rate(environment(tied1, 2023, 1, 1, 1, 1, 1));

        ThematicRanking ranking =
                ratings.thematic("ENVIRONMENTAL_COMPLIANCE", 2024, Optional.of("2592"), Optional.of("Zincoplating"));
        assertThat(ranking.entries())
                .extracting(ThematicRanking.Entry::clusterId)
                .containsExactly(best, tied1, tied2, unrated);
        assertThat(ranking.entries()).extracting(e -> e.rank().orElse(0)).containsExactly(1, 2, 2, 0);
        assertThat(ranking.entries().get(0).grade()).contains("A");
        assertThat(ranking.entries().get(1).change())
                .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("25.00"));
        assertThat(ranking.rated()).isEqualTo(3);
        // totals 50, 50, 85: the median is 50
        assertThat(ranking.median()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("50"));
    }

    static RatingEntry environment(
            long cluster, int year, int consents, int effluent, int waste, int cleaner, int safety) {
        return new RatingEntry(
                "ENVIRONMENTAL_COMPLIANCE",
                year,
                cluster,
                Optional.empty(),
                Map.of(
                        "CONSENTS",
                        consents,
                        "EFFLUENT",
                        effluent,
                        "HAZARDOUS_WASTE",
                        waste,
                        "CLEANER_PRODUCTION",
                        cleaner,
                        "WORKER_SAFETY",
                        safety),
                Map.of(),
                Optional.empty());
    }

    @Test
    void aGridWithRatingsKeepsItsWeightsAndABadNewGridIsNotStored() {
        long cluster = fixture.cluster("Ratings: Grid Frozen", "Brass ware", "25993", "HANDICRAFT");
        RatingScheme grid = new RatingScheme(
                "RATINGS_TEST_GRID",
                "A test grid",
                RatingScheme.Subject.CLUSTER,
                Optional.of("Testing"),
                Optional.empty(),
                Optional.empty(),
                0,
                2,
                java.util.List.of(
                        new RatingScheme.Criterion("ONE", "One", "", new BigDecimal("60")),
                        new RatingScheme.Criterion("TWO", "Two", "", new BigDecimal("40"))),
                java.util.List.of(
                        new RatingScheme.Level(0, "No", ""),
                        new RatingScheme.Level(1, "Partly", ""),
                        new RatingScheme.Level(2, "Yes", "")),
                java.util.List.of(
                        new RatingScheme.Grade("PASS", new BigDecimal("50")),
                        new RatingScheme.Grade("FAIL", BigDecimal.ZERO)),
                "test",
                true,
                0);
        schemes.save(grid, Optional.empty());
        assertThatThrownBy(() -> schemes.save(grid, Optional.empty())).hasMessageStartingWith("code: ");
        // 60x2 + 40x0 = 120; / 2 = 60.00 -> PASS
        Rating rated = ratings.rate(new RatingEntry(
                "RATINGS_TEST_GRID",
                2024,
                cluster,
                Optional.empty(),
                Map.of("ONE", 2, "TWO", 0),
                Map.of(),
                Optional.empty()));
        assertThat(rated.total()).isEqualByComparingTo("60.00");
        assertThat(rated.grade()).isEqualTo("PASS");

        RatingScheme reweighted = new RatingScheme(
                grid.code(),
                grid.name(),
                grid.subject(),
                grid.theme(),
                grid.productNic(),
                grid.productWord(),
                0,
                2,
                java.util.List.of(
                        new RatingScheme.Criterion("ONE", "One", "", new BigDecimal("50")),
                        new RatingScheme.Criterion("TWO", "Two", "", new BigDecimal("50"))),
                grid.levels(),
                grid.grades(),
                grid.source(),
                true,
                0);
        assertThatThrownBy(() -> schemes.save(reweighted, Optional.of(0)))
                .hasMessageStartingWith("criteria: ratings were given");
        assertThat(schemes.scheme("RATINGS_TEST_GRID")
                        .orElseThrow()
                        .criteria()
                        .get(0)
                        .weight())
                .isEqualByComparingTo("60");

        RatingScheme renamed = new RatingScheme(
                grid.code(),
                "A renamed grid",
                grid.subject(),
                grid.theme(),
                grid.productNic(),
                grid.productWord(),
                0,
                2,
                grid.criteria(),
                grid.levels(),
                grid.grades(),
                grid.source(),
                true,
                0);
        schemes.save(renamed, Optional.of(0));
        assertThat(schemes.scheme("RATINGS_TEST_GRID").orElseThrow().name()).isEqualTo("A renamed grid");
        assertThatThrownBy(() -> schemes.save(renamed, Optional.of(0))).hasMessageStartingWith("version: ");
    }
}
