package org.clusterdev.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterdev.monitoring.ReportingPeriod;
import org.junit.jupiter.api.Test;

class YearSplitTests {

    @Test
    void quartersAroundWholeYearsAreReadFromTheValues() {
        YearSplit split = YearSplit.of(new ReportingPeriod(2015, 3), new ReportingPeriod(2019, 2));
        assertThat(split).isEqualTo(new YearSplit(2016, 2018, 20153, 20160, 20185, 20192));
    }

    @Test
    void aRangeOfWholeYearsHasNoQuartersAround() {
        YearSplit split = YearSplit.of(new ReportingPeriod(2015, 1), new ReportingPeriod(2024, 4));
        assertThat(split.fullFrom()).isEqualTo(2015);
        assertThat(split.fullTo()).isEqualTo(2024);
        // no stored period lies in the head (20151 > 20150) or the tail (20245 > 20244)
        assertThat(split.headFrom()).isGreaterThan(split.headTo());
        assertThat(split.tailFrom()).isGreaterThan(split.tailTo());
    }

    @Test
    void aRangeWithinOneYearIsQuartersOnly() {
        YearSplit split = YearSplit.of(new ReportingPeriod(2020, 2), new ReportingPeriod(2021, 3));
        assertThat(split.fullFrom()).isGreaterThan(split.fullTo());
        assertThat(split.headFrom()).isEqualTo(20202);
        assertThat(split.headTo()).isEqualTo(20213);
        assertThat(split.tailFrom()).isGreaterThan(split.tailTo());
    }
}
