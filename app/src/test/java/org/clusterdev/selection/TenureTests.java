package org.clusterdev.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenureTests {

    @Test
    void warnsWhenACdaLeavesAClusterBeforeThreeYears() {
        Tenure tenure = new Tenure(LocalDate.of(2023, 6, 1), Optional.of(LocalDate.of(2026, 5, 31)));
        assertThat(tenure.leftEarly()).isTrue();
        assertThat(tenure.years(LocalDate.of(2030, 1, 1))).isEqualTo(3.0);
    }

    @Test
    void doesNotWarnAfterThreeFullYearsNorWhileTheCdaStays() {
        assertThat(new Tenure(LocalDate.of(2023, 6, 1), Optional.of(LocalDate.of(2026, 6, 1))).leftEarly())
                .isFalse();
        Tenure staying = new Tenure(LocalDate.of(2026, 1, 1), Optional.empty());
        assertThat(staying.leftEarly()).isFalse();
        assertThat(staying.years(LocalDate.of(2026, 7, 2))).isEqualTo(0.5);
    }
}
