package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The distribution of benefits checked against shares and Gini coefficients computed by hand, on two clusters of
 * this class only, in financial year 1998-99.
 *
 * <pre>
 * Brassware (reports its firms):  EXPORTS Q1 60 + Q2 40   MICRO 12+8  SMALL 18+12  MEDIUM 30+20
 *                                 by social group          SC 3+2  ST 0  MINORITY 6+4  WOMEN_OWNED 6+4  OTHER 45+30
 *                                 CLUSTER_FIRMS Q1 100     MICRO 80  SMALL 15  MEDIUM 5
 *                                                          SC 10  ST 5  MINORITY 15  WOMEN_OWNED 20  OTHER 50
 * Bell metal (registry figures):  EXPORTS Q1 50            MICRO 40  SMALL 10;  registry 1998: micro 90, small 10
 *
 * Brassware by size: benefit .2/.3/.5, firms .8/.15/.05
 *   Gini = |.2x.15-.3x.8| + |.2x.05-.5x.8| + |.3x.05-.5x.15| = .21 + .39 + .06 = 0.660
 * Brassware by social group: benefit .05/0/.10/.10/.75, firms .10/.05/.15/.20/.50
 *   Gini = .0025+.0025+0+.05+.005+.005+.0375+.005+.0625+.1 = 0.270
 * Both by size: benefit 60/40/50 of 150, firms 170/25/5 of 200
 *   Gini = |.4x.125-.2667x.85| + |.4x.025-.3333x.85| + |.2667x.025-.3333x.125| = .1767+.2733+.035 = 0.485
 * Bell metal by size: benefit .8/.2/0, firms .9/.1/0: Gini = |.8x.1-.2x.9| = 0.100
 * </pre>
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class InclusivenessIntegrationTests {

    static final ReportingPeriod Q1 = new ReportingPeriod(1998, 1);
    static final ReportingPeriod Q2 = new ReportingPeriod(1998, 2);

    @Autowired
    ResultsReporting reporting;

    @Autowired
    Inclusiveness inclusiveness;

    @Autowired
    JdbcClient jdbc;

    long brassware;
    long bellMetal;

    @BeforeEach
    void dataSet() {
        EffectsFixture fixture = new EffectsFixture(jdbc);
        long brasswareCluster = fixture.cluster("Efx Inclusiveness Alpha");
        long bellMetalCluster = fixture.cluster("Efx Inclusiveness Beta");
        brassware = fixture.intervention(brasswareCluster, "Inclusiveness: brassware");
        bellMetal = fixture.intervention(bellMetalCluster, "Inclusiveness: bell metal");
        fixture.figures(bellMetalCluster, 1998, 100, 90, 10, 0);
        if (reporting.report(brassware, Q1).isPresent()) {
            return;
        }
        enter(brassware, Q1, "EXPORTS", "TOTAL", 60);
        enter(brassware, Q1, "EXPORTS", "SIZE_CLASS:MICRO", 12);
        enter(brassware, Q1, "EXPORTS", "SIZE_CLASS:SMALL", 18);
        enter(brassware, Q1, "EXPORTS", "SIZE_CLASS:MEDIUM", 30);
        enter(brassware, Q1, "EXPORTS", "SOCIAL_GROUP:SC", 3);
        enter(brassware, Q1, "EXPORTS", "SOCIAL_GROUP:ST", 0);
        enter(brassware, Q1, "EXPORTS", "SOCIAL_GROUP:MINORITY", 6);
        enter(brassware, Q1, "EXPORTS", "SOCIAL_GROUP:WOMEN_OWNED", 6);
        enter(brassware, Q1, "EXPORTS", "SOCIAL_GROUP:OTHER", 45);
        enter(brassware, Q2, "EXPORTS", "TOTAL", 40);
        enter(brassware, Q2, "EXPORTS", "SIZE_CLASS:MICRO", 8);
        enter(brassware, Q2, "EXPORTS", "SIZE_CLASS:SMALL", 12);
        enter(brassware, Q2, "EXPORTS", "SIZE_CLASS:MEDIUM", 20);
        enter(brassware, Q2, "EXPORTS", "SOCIAL_GROUP:SC", 2);
        enter(brassware, Q2, "EXPORTS", "SOCIAL_GROUP:MINORITY", 4);
        enter(brassware, Q2, "EXPORTS", "SOCIAL_GROUP:WOMEN_OWNED", 4);
        enter(brassware, Q2, "EXPORTS", "SOCIAL_GROUP:OTHER", 30);
        enter(brassware, Q1, "CLUSTER_FIRMS", "TOTAL", 100);
        enter(brassware, Q1, "CLUSTER_FIRMS", "SIZE_CLASS:MICRO", 80);
        enter(brassware, Q1, "CLUSTER_FIRMS", "SIZE_CLASS:SMALL", 15);
        enter(brassware, Q1, "CLUSTER_FIRMS", "SIZE_CLASS:MEDIUM", 5);
        enter(brassware, Q1, "CLUSTER_FIRMS", "SOCIAL_GROUP:SC", 10);
        enter(brassware, Q1, "CLUSTER_FIRMS", "SOCIAL_GROUP:ST", 5);
        enter(brassware, Q1, "CLUSTER_FIRMS", "SOCIAL_GROUP:MINORITY", 15);
        enter(brassware, Q1, "CLUSTER_FIRMS", "SOCIAL_GROUP:WOMEN_OWNED", 20);
        enter(brassware, Q1, "CLUSTER_FIRMS", "SOCIAL_GROUP:OTHER", 50);
        enter(bellMetal, Q1, "EXPORTS", "TOTAL", 50);
        enter(bellMetal, Q1, "EXPORTS", "SIZE_CLASS:MICRO", 40);
        enter(bellMetal, Q1, "EXPORTS", "SIZE_CLASS:SMALL", 10);
    }

    @Test
    void theBetterEndowedTakingMostOfTheBenefitAreFlaggedWithTheGiniBetweenSizeClasses() {
        BenefitDistribution view = inclusiveness.distribution(query(List.of(brassware)));

        BenefitDistribution.Dimension size = view.dimensions().get(0);
        assertThat(size.dimension()).isEqualTo("SIZE_CLASS");
        assertThat(size.benefit()).isEqualByComparingTo("100");
        assertThat(size.groups())
                .extracting(BenefitDistribution.Group::breakdown)
                .containsExactly("SIZE_CLASS:MICRO", "SIZE_CLASS:SMALL", "SIZE_CLASS:MEDIUM");
        assertThat(size.groups())
                .extracting(g -> g.benefitShare().toPlainString())
                .containsExactly("20.0", "30.0", "50.0");
        assertThat(size.groups())
                .extracting(g -> g.firmShare().orElseThrow().toPlainString())
                .containsExactly("80.0", "15.0", "5.0");
        assertThat(size.groups())
                .extracting(g -> g.ratio().orElseThrow().toPlainString())
                .containsExactly("0.25", "2.00", "10.00");
        assertThat(size.concentration()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("0.660"));
        assertThat(size.endowedBenefitShare()).isEqualByComparingTo("80.0");
        assertThat(size.endowedFirmShare())
                .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("20.0"));
        assertThat(size.concentrated()).isTrue();
        assertThat(size.firmsSource()).isEqualTo("REPORTED");
        assertThat(view.total()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("100"));
        assertThat(view.interventions()).isEqualTo(1);
        assertThat(view.clusters()).isEqualTo(1);
    }

    @Test
    void socialGroupsAreComparedWithTheirShareOfTheClustersFirms() {
        BenefitDistribution.Dimension social = inclusiveness
                .distribution(query(List.of(brassware)))
                .dimensions()
                .get(1);

        assertThat(social.dimension()).isEqualTo("SOCIAL_GROUP");
        assertThat(social.groups())
                .extracting(g -> g.benefitShare().toPlainString())
                .containsExactly("5.0", "0.0", "10.0", "10.0", "75.0");
        assertThat(social.groups())
                .extracting(g -> g.firmShare().orElseThrow().toPlainString())
                .containsExactly("10.0", "5.0", "15.0", "20.0", "50.0");
        assertThat(social.groups().get(0).ratio())
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.50"));
        assertThat(social.concentration()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("0.270"));
        assertThat(social.concentrated()).isTrue();
    }

    @Test
    void aClusterWithoutReportedFirmsIsCountedWithTheRegistrysSizeClasses() {
        BenefitDistribution alone = inclusiveness.distribution(query(List.of(bellMetal)));
        BenefitDistribution.Dimension size = alone.dimensions().get(0);
        assertThat(size.firmsSource()).isEqualTo("REGISTRY");
        assertThat(size.concentration()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("0.100"));
        assertThat(size.endowedBenefitShare()).isEqualByComparingTo("20.0");
        assertThat(size.concentrated()).isFalse();
        assertThat(alone.dimensions().get(1).concentration()).isEmpty();
        assertThat(alone.dimensions().get(1).clustersWithFirms()).isZero();

        BenefitDistribution.Dimension both = inclusiveness
                .distribution(query(List.of(brassware, bellMetal)))
                .dimensions()
                .get(0);
        assertThat(both.groups())
                .extracting(g -> g.benefit().stripTrailingZeros().toPlainString())
                .containsExactly("60", "40", "50");
        assertThat(both.groups())
                .extracting(g -> g.firms().orElseThrow().stripTrailingZeros().toPlainString())
                .containsExactly("170", "25", "5");
        assertThat(both.concentration()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("0.485"));
        assertThat(both.endowedBenefitShare()).isEqualByComparingTo("60.0");
        assertThat(both.firmsSource()).isEqualTo("BOTH");
        assertThat(both.clustersWithFirms()).isEqualTo(2);
        assertThat(both.concentrated()).isTrue();
    }

    @Test
    void onlyAFirmLevelBenefitBrokenDownBySizeClassIsDistributed() {
        assertThatThrownBy(() -> inclusiveness.distribution(new InclusivenessQuery(
                        "EMPLOYMENT", Optional.empty(), Optional.empty(), List.of(), Q1, Q2, Approval.ENTERED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("indicator: 'EMPLOYMENT'");
        assertThat(inclusiveness.benefits())
                .extracting(Indicator::code)
                .contains("FIRMS_SUPPORTED", "EXPORTS", "CREDIT")
                .doesNotContain("CLUSTER_FIRMS", "TRAINEES", "EMPLOYMENT");
    }

    @Test
    void socialGroupPartsOfABenefitMustAddUpToItsTotalAndARefusedOneIsNotStored() {
        assertThatThrownBy(() -> enter(bellMetal, Q1, "EXPORTS", "SOCIAL_GROUP:OTHER", 60))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("breakdown: the SOCIAL_GROUP parts of EXPORTS add up to 60");
        assertThat(reporting.report(bellMetal, Q1).orElseThrow().values())
                .noneMatch(v -> v.breakdown().startsWith("SOCIAL_GROUP"));
    }

    private InclusivenessQuery query(List<Long> interventions) {
        return new InclusivenessQuery(
                "EXPORTS", Optional.empty(), Optional.of(35), interventions, Q1, Q2, Approval.ENTERED);
    }

    private void enter(long intervention, ReportingPeriod period, String code, String breakdown, int value) {
        reporting.enter(new ValueEntry(
                intervention, period, code, ValueKind.ACTUAL, breakdown, BigDecimal.valueOf(value), true));
    }
}
