package org.clusterdev.selection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Experience counted the way seed 004 §2.7 counts it: an agency has one cluster-year when it has worked in one
 * cluster for one year. Two engagements in the same cluster over the same months count once; engagements in
 * different clusters at the same time each count.
 */
public final class ClusterYears {

    /** Days in an average year, leap years included. */
    static final double DAYS_PER_YEAR = 365.25;

    private ClusterYears() {}

    /**
     * A period of work in one cluster.
     *
     * @param endedOn empty while the work goes on
     */
    public record Period(long clusterId, LocalDate startedOn, Optional<LocalDate> endedOn) {

        /** Refuses a period that ends before it starts. */
        public Period {
            if (endedOn.isPresent() && endedOn.get().isBefore(startedOn)) {
                throw new IllegalArgumentException("endedOn: an engagement cannot end before it starts");
            }
        }
    }

    /**
     * The cluster-years the periods add up to on {@code asOf}, to one decimal; a period still going on counts up
     * to {@code asOf}, a period that starts after it counts nothing.
     */
    public static double of(List<Period> periods, LocalDate asOf) {
        Map<Long, List<Period>> byCluster = periods.stream().collect(Collectors.groupingBy(Period::clusterId));
        long days = byCluster.values().stream()
                .mapToLong(inOneCluster -> coveredDays(inOneCluster, asOf))
                .sum();
        return Math.round(days / DAYS_PER_YEAR * 10) / 10.0;
    }

    /** Days covered by the union of the periods, so overlapping work in one cluster counts once. */
    private static long coveredDays(List<Period> periods, LocalDate asOf) {
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Period::startedOn));
        long days = 0;
        LocalDate coveredUntil = LocalDate.MIN;
        for (Period period : sorted) {
            LocalDate end =
                    period.endedOn().filter(ended -> ended.isBefore(asOf)).orElse(asOf);
            LocalDate start = period.startedOn().isAfter(coveredUntil) ? period.startedOn() : coveredUntil;
            if (end.isAfter(start)) {
                days += ChronoUnit.DAYS.between(start, end);
                coveredUntil = end;
            }
        }
        return days;
    }
}
