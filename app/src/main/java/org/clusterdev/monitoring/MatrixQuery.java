package org.clusterdev.monitoring;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the scheme view of seed 004 Table 2.4 counts: the plans in force of one scheme or of all, over a range of
 * financial years or over their whole duration.
 *
 * @param schemeCode only this scheme's interventions, empty for all schemes
 * @param fromYear the first financial year, by the calendar year it starts in (2025 for 2025-26)
 * @param toYear the last financial year, the same way
 */
public record MatrixQuery(Optional<String> schemeCode, Optional<Integer> fromYear, Optional<Integer> toYear) {

    /** @throws IllegalArgumentException "fromYear: ...", "toYear: ..." for years outside 1990-2100 or out of order */
    public MatrixQuery {
        schemeCode = schemeCode.map(String::strip).filter(code -> !code.isEmpty());
        fromYear.filter(year -> year < 1990 || year > 2100).ifPresent(year -> {
            throw new IllegalArgumentException("fromYear: a financial year lies between 1990 and 2100, not " + year);
        });
        toYear.filter(year -> year < 1990 || year > 2100).ifPresent(year -> {
            throw new IllegalArgumentException("toYear: a financial year lies between 1990 and 2100, not " + year);
        });
        if (fromYear.isPresent() && toYear.isPresent() && toYear.get() < fromYear.get()) {
            throw new IllegalArgumentException(
                    "toYear: the last year " + toYear.get() + " comes before the first " + fromYear.get());
        }
    }

    /** The first day counted: 1 April of the first year, or the earliest day when no year is given. */
    public LocalDate firstDay() {
        return fromYear.map(year -> LocalDate.of(year, 4, 1)).orElse(LocalDate.MIN);
    }

    /** The last day counted: 31 March after the last year, or the latest day when no year is given. */
    public LocalDate lastDay() {
        return toYear.map(year -> LocalDate.of(year + 1, 3, 31)).orElse(LocalDate.MAX);
    }
}
