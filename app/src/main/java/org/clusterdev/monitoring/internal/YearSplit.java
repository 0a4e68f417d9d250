package org.clusterdev.monitoring.internal;

import org.clusterdev.monitoring.ReportingPeriod;

/**
 * A range of quarters cut into the whole calendar years inside it and the quarters before and after them, as
 * stored period codes ({@code year * 10 + quarter}); an empty part has its start after its end.
 */
record YearSplit(int fullFrom, int fullTo, int headFrom, int headTo, int tailFrom, int tailTo) {

    /** The range with its whole years apart. */
    static YearSplit of(ReportingPeriod from, ReportingPeriod to) {
        int fullFrom = from.quarter() == 1 ? from.year() : from.year() + 1;
        int fullTo = to.quarter() == 4 ? to.year() : to.year() - 1;
        if (fullFrom > fullTo) {
            return none(from, to);
        }
        return new YearSplit(fullFrom, fullTo, from.code(), fullFrom * 10, fullTo * 10 + 5, to.code());
    }

    /** The range as quarters only. */
    static YearSplit none(ReportingPeriod from, ReportingPeriod to) {
        return new YearSplit(1, 0, from.code(), to.code(), 1, 0);
    }
}
