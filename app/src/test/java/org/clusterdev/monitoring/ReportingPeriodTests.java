package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTests {

    @Test
    void quartersFollowTheIndianFinancialYearFromApril() {
        assertThat(ReportingPeriod.containing(LocalDate.of(2025, 4, 1))).isEqualTo(new ReportingPeriod(2025, 1));
        assertThat(ReportingPeriod.containing(LocalDate.of(2025, 12, 31))).isEqualTo(new ReportingPeriod(2025, 3));
        assertThat(ReportingPeriod.containing(LocalDate.of(2026, 3, 31))).isEqualTo(new ReportingPeriod(2025, 4));
        assertThat(new ReportingPeriod(2025, 4).label()).isEqualTo("2025-26 Q4");
        assertThat(new ReportingPeriod(1999, 2).financialYear()).isEqualTo("1999-00");
    }

    @Test
    void storedCodesOrderLikeThePeriodsAndRoundTrip() {
        ReportingPeriod period = new ReportingPeriod(2024, 3);
        assertThat(period.code()).isEqualTo(20243);
        assertThat(ReportingPeriod.ofCode(20243)).isEqualTo(period);
        assertThat(new ReportingPeriod(2025, 1).previous()).isEqualTo(new ReportingPeriod(2024, 4));
    }

    @Test
    void refusesAQuarterOutsideOneToFour() {
        assertThatThrownBy(() -> new ReportingPeriod(2024, 0)).hasMessageStartingWith("quarter: ");
    }
}
