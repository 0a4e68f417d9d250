package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quartiles, medians and ranks of a peer group, worked out by hand. */
class PeerComparisonTests {

    static List<BigDecimal> values(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void quartilesInterpolateBetweenTheNearestValues() {
        // sorted 150, 250, 250, 400: positions (n-1)p = 0.75, 1.5, 2.25
        List<BigDecimal> group = values("400", "150", "250", "250");
        assertThat(PeerComparison.quantile(group, new BigDecimal("0.25")))
                .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("225"));
        assertThat(PeerComparison.quantile(group, new BigDecimal("0.5")))
                .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("250"));
        assertThat(PeerComparison.quantile(group, new BigDecimal("0.75")))
                .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("287.5"));
    }

    @Test
    void anOddGroupHasItsMiddleValueAsMedianAndOneValueIsEverything() {
        // sorted 10, 20, 30, 40, 50: median at position 2 = 30; lower quartile at 1 = 20; upper at 3 = 40
        List<BigDecimal> group = values("50", "10", "40", "20", "30");
        assertThat(PeerComparison.quantile(group, new BigDecimal("0.5")))
                .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("30"));
        assertThat(PeerComparison.quantile(group, new BigDecimal("0.25")))
                .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("20"));
        assertThat(PeerComparison.quantile(values("7"), new BigDecimal("0.75")))
                .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("7"));
        assertThat(PeerComparison.quantile(List.of(), new BigDecimal("0.5"))).isEmpty();
    }

    @Test
    void equalValuesShareARankAndTheNextRankSkips() {
        List<PeerComparison.Peer> ranked = PeerComparison.ranked(List.of(
                peer(1, "Alpha", "150"),
                peer(2, "Beta", "400"),
                peer(3, "Gamma", "250"),
                peer(4, "Delta", "250"),
                new PeerComparison.Peer(5, "Epsilon", 21, Optional.empty(), Optional.empty())));
        assertThat(ranked)
                .extracting(PeerComparison.Peer::name)
                .containsExactly("Beta", "Delta", "Gamma", "Alpha", "Epsilon");
        assertThat(ranked).extracting(p -> p.rank().orElse(0)).containsExactly(1, 2, 2, 4, 0);
    }

    @Test
    void theQuartileSaysWhichQuarterOfTheGroupTheClusterIsIn() {
        List<PeerComparison.Peer> group = List.of(
                peer(1, "Alpha", "150"), peer(2, "Beta", "400"), peer(3, "Gamma", "250"), peer(4, "Delta", "250"));
        PeerComparison.Measure exports = new PeerComparison.Measure("INDICATOR", "EXPORTS", "Exports", "RUPEES");
        assertThat(new PeerComparison(1, "Alpha", "089", "OTHER_MICRO", exports, 2023, PeerComparison.ranked(group))
                        .quartile())
                .contains(4);
        assertThat(new PeerComparison(3, "Gamma", "089", "OTHER_MICRO", exports, 2023, PeerComparison.ranked(group))
                        .quartile())
                .contains(2);
        assertThat(new PeerComparison(2, "Beta", "089", "OTHER_MICRO", exports, 2023, PeerComparison.ranked(group))
                        .quartile())
                .contains(1);
        assertThat(PeerComparisons.nicGroup("08931")).isEqualTo("089");
        assertThat(PeerComparisons.nicGroup("25")).isEqualTo("25");
    }

    static PeerComparison.Peer peer(long id, String name, String value) {
        return new PeerComparison.Peer(id, name, 21, Optional.of(new BigDecimal(value)), Optional.empty());
    }
}
