package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.clusterdev.monitoring.DashboardMap.Band;
import org.junit.jupiter.api.Test;

class EqualBandsTests {

    @Test
    void cutsTheRangeIntoFiveBandsOfEqualWidthTheLastEndingAtTheLargestValue() {
        List<Band> bands = EqualBands.of(values("10", "100", "37"));

        assertThat(bands).hasSize(5);
        assertThat(bands)
                .extracting(Band::from)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(decimal("10"), decimal("28"), decimal("46"), decimal("64"), decimal("82"));
        assertThat(bands.get(4).to()).isEqualByComparingTo("100");
    }

    @Test
    void aValueOnABoundaryBelongsToTheBandItStartsAndTheLargestToTheLast() {
        List<Band> bands = EqualBands.of(values("10", "60"));

        assertThat(EqualBands.bandOf(decimal("10"), bands)).hasValue(0);
        assertThat(EqualBands.bandOf(decimal("19.99"), bands)).hasValue(0);
        assertThat(EqualBands.bandOf(decimal("20"), bands)).hasValue(1);
        assertThat(EqualBands.bandOf(decimal("40"), bands)).hasValue(3);
        assertThat(EqualBands.bandOf(decimal("60"), bands)).hasValue(4);
    }

    @Test
    void equalValuesMakeOneBandAndNoValuesNone() {
        List<Band> one = EqualBands.of(values("7", "7"));

        assertThat(one).containsExactly(new Band(decimal("7"), decimal("7")));
        assertThat(EqualBands.bandOf(decimal("7"), one)).hasValue(0);
        assertThat(EqualBands.of(List.of())).isEmpty();
        assertThat(EqualBands.bandOf(decimal("7"), List.of())).isEmpty();
    }

    @Test
    void negativeValuesAreBandedLikeAnyOther() {
        List<Band> bands = EqualBands.of(values("-50", "50"));

        assertThat(bands.get(0).from()).isEqualByComparingTo("-50");
        assertThat(EqualBands.bandOf(decimal("-50"), bands)).hasValue(0);
        assertThat(EqualBands.bandOf(decimal("0"), bands)).hasValue(2);
    }

    private static List<BigDecimal> values(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
