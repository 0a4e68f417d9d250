package org.clusterdev.engine.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.clusterdev.engine.firms.Firm;
import org.clusterdev.engine.firms.FirmColumns;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.groups.Grouping;
import org.junit.jupiter.api.Test;

class RegionalIndicatorsTests {

    /**
     * District d0 is a footwear town (15 = NIC 15: 8 firms, 80 jobs; 10: 2 firms, 20 jobs); districts d1..d9 have
     * 1 footwear firm of 10 jobs and 9 food firms of 10 jobs each.
     */
    private static Firms districts() {
        List<Firm> firms = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            firms.add(firm("f0-" + i, "15201", 10, "d0"));
        }
        firms.add(firm("g0-1", "10612", 10, "d0"));
        firms.add(firm("g0-2", "10612", 10, "d0"));
        for (int d = 1; d <= 9; d++) {
            firms.add(firm("f" + d, "15201", 10, "d" + d));
            for (int i = 0; i < 9; i++) {
                firms.add(firm("g" + d + "-" + i, "10612", 10, "d" + d));
            }
        }
        return Firms.of(new FirmColumns.Layout(java.util.Set.of(), false, true, false), firms);
    }

    private static Firm firm(String id, String nic, double employment, String district) {
        return Firm.of(id, 20, 80, nic, employment, 0, 0).withPlace(district, "State");
    }

    private static IndicatorRow row(List<IndicatorRow> rows, String district, String industry) {
        return rows.stream()
                .filter(r -> r.district().equals(district) && r.industry().equals(industry))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void computesLocationQuotientsSharesAndSpecialisation() {
        Firms firms = districts();
        List<IndicatorRow> rows = new RegionalIndicators(IndicatorThresholds.observatories())
                .compute(firms, Grouping.byNicPrefix(2).assign(firms));
        IndicatorRow footwear = row(rows, "d0", "15");
        // E = 1000, E(15) = 170, E(d0) = 100, E(d0,15) = 80: LQ = 0.8 / 0.17
        assertThat(footwear.locationQuotient()).isCloseTo(0.8 / 0.17, within(1e-9));
        assertThat(footwear.focus()).isCloseTo(0.8, within(1e-12));
        assertThat(footwear.sizeShare()).isCloseTo(80 / 170.0, within(1e-12));
        assertThat(footwear.specialisation()).isCloseTo(Math.abs(0.8 - 0.17) + Math.abs(0.2 - 0.83), within(1e-12));
        assertThat(footwear.locationQuotientLower())
                .isLessThan(footwear.locationQuotient())
                .isGreaterThan(1);
        assertThat(row(rows, "d3", "15").locationQuotient()).isCloseTo(0.1 / 0.17, within(1e-9));
        assertThat(rows).hasSize(20);
    }

    @Test
    void awardsStarsAndStrongFlagsOnlyWhereTheNumbersAllow() {
        Firms firms = districts();
        List<IndicatorRow> rows = new RegionalIndicators(IndicatorThresholds.observatories())
                .compute(firms, Grouping.byNicPrefix(2).assign(firms));
        IndicatorRow footwear = row(rows, "d0", "15");
        assertThat(footwear.sizeStar()).isTrue(); // top 10% of 10 districts: the largest
        assertThat(footwear.specialisationStar()).isTrue(); // LQ 4.7 >= 2
        assertThat(footwear.focusStar()).isTrue();
        assertThat(footwear.stars()).isEqualTo(3);
        assertThat(footwear.strong()).isTrue();
        assertThat(footwear.strong10()).isTrue();
        IndicatorRow lone = row(rows, "d5", "15");
        assertThat(lone.stars()).as("one firm: below the small-number guard").isZero();
        assertThat(lone.strong()).isFalse();
        List<IndicatorRow> unguarded = new RegionalIndicators(
                        IndicatorThresholds.observatories().withMinimums(0, 0))
                .compute(firms, Grouping.byNicPrefix(2).assign(firms));
        assertThat(row(unguarded, "d5", "15").specialisationStar()).isFalse();
    }

    @Test
    void usesNearestRanksAndByarsPoissonBound() {
        double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(RegionalIndicators.topCut(values, 0.10)).isEqualTo(10);
        assertThat(RegionalIndicators.topCut(values, 0.25)).isEqualTo(8);
        assertThat(RegionalIndicators.bottomCut(values, 0.25)).isEqualTo(3);
        assertThat(RegionalIndicators.poissonLower(0)).isZero();
        assertThat(RegionalIndicators.poissonLower(100)).isCloseTo(81.36, within(0.05));
        assertThat(RegionalIndicators.poissonLower(1)).isCloseTo(0.0253, within(0.0001));
        assertThat(RegionalIndicators.poissonLower(10)).isCloseTo(4.795, within(0.001));
        assertThat(RegionalIndicators.poissonLower(1000)).isCloseTo(938.9, within(0.2));
    }
}
