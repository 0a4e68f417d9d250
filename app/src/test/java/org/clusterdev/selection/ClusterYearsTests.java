package org.clusterdev.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterYearsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void oneClusterForOneYearIsOneClusterYear() {
        assertThat(ClusterYears.of(List.of(period(1, "2024-04-01", "2025-04-01")), TODAY))
                .isEqualTo(1.0);
    }

    @Test
    void twoClustersAtTheSameTimeCountTwice() {
        assertThat(ClusterYears.of(
                        List.of(period(1, "2023-01-01", "2025-01-01"), period(2, "2023-01-01", "2025-01-01")), TODAY))
                .isEqualTo(4.0);
    }

    @Test
    void overlappingEngagementsInOneClusterCountOnce() {
        assertThat(ClusterYears.of(
                        List.of(period(1, "2020-01-01", "2022-01-01"), period(1, "2021-01-01", "2023-01-01")), TODAY))
                .isEqualTo(3.0);
    }

    @Test
    void anEngagementGoingOnCountsUntilTodayAndAFutureOneNotAtAll() {
        ClusterYears.Period ongoing = new ClusterYears.Period(1, LocalDate.of(2024, 11, 23), Optional.empty());
        ClusterYears.Period future = new ClusterYears.Period(2, LocalDate.of(2027, 1, 1), Optional.empty());
        assertThat(ClusterYears.of(List.of(ongoing, future), TODAY)).isEqualTo(2.0);
    }

    @Test
    void refusesAnEngagementEndingBeforeItStarts() {
        assertThatThrownBy(() -> period(1, "2025-01-01", "2024-01-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("endedOn:");
    }

    static ClusterYears.Period period(long cluster, String from, String to) {
        return new ClusterYears.Period(cluster, LocalDate.parse(from), Optional.of(LocalDate.parse(to)));
    }
}
