package org.clusterdev.programme.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clusterdev.programme.FundingSource;
import org.clusterdev.programme.PlanBudgetLine;

/** Reads form and request values with messages that name the field, as the rest of the product does. */
public final class Forms {

    private Forms() {}

    /** A date written as YYYY-MM-DD. */
    public static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": give a date");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": write the date as YYYY-MM-DD", e);
        }
    }

    /** A whole number, or empty when the field was left blank. */
    public static Optional<Long> number(String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.strip().replace(",", "")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + value.strip() + "' is not a whole number", e);
        }
    }

    /** A decimal, or empty when the field was left blank. */
    public static Optional<BigDecimal> decimal(String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + value.strip() + "' is not a number", e);
        }
    }

    /** A whole number that must be given. */
    public static long required(String value, String field) {
        return number(value, field).orElseThrow(() -> new IllegalArgumentException(field + ": give a number"));
    }

    /** One budget line per source with an amount, all in the same year; blank amounts are skipped. */
    public static List<PlanBudgetLine> linesOfYear(int year, List<String> amountsBySource) {
        List<PlanBudgetLine> lines = new ArrayList<>();
        FundingSource[] sources = FundingSource.values();
        for (int i = 0; i < sources.length && i < amountsBySource.size(); i++) {
            String field = "amount";
            Optional<Long> amount = number(amountsBySource.get(i), field);
            if (amount.isPresent() && amount.get() != 0) {
                lines.add(new PlanBudgetLine(Optional.empty(), year, sources[i], amount.get()));
            }
        }
        return lines;
    }
}
