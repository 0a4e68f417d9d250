package org.clusterdev.selection;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * How long a CDA stays with a cluster. Seed 004 §3.7: "CDA must continue for at least three years in a given
 * cluster so that their contribution will be substantive"; leaving earlier is worth a warning.
 *
 * @param startedOn the first day in the cluster
 * @param endedOn the last day, empty while the CDA is still there
 */
public record Tenure(LocalDate startedOn, Optional<LocalDate> endedOn) {

    /** The tenure seed 004 §3.7 asks for. */
    public static final int MINIMUM_YEARS = 3;

    /** Refuses a tenure that ends before it starts. */
    public Tenure {
        if (endedOn.isPresent() && endedOn.get().isBefore(startedOn)) {
            throw new IllegalArgumentException("endedOn: an assignment cannot end before it starts");
        }
    }

    /** Years spent in the cluster by {@code asOf} (or by the end), to one decimal. */
    public double years(LocalDate asOf) {
        LocalDate end = endedOn.orElse(asOf);
        long days = java.time.temporal.ChronoUnit.DAYS.between(startedOn, end);
        return Math.max(0, Math.round(days / ClusterYears.DAYS_PER_YEAR * 10) / 10.0);
    }

    /** Whether the CDA left the cluster before completing {@link #MINIMUM_YEARS} years. */
    public boolean leftEarly() {
        return endedOn.map(end -> end.isBefore(startedOn.plus(Period.ofYears(MINIMUM_YEARS))))
                .orElse(false);
    }
}
