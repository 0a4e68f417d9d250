package org.clusterdev.registry.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads typed values from one row, reporting every value that does not fit as a problem of that row and
 * column and carrying on, so one pass over a file finds everything wrong with it.
 */
final class RowValues {

    static final int LONGEST_TEXT = 2000;

    private final ImportRow row;
    private final List<String> header;
    private final Problems problems;

    RowValues(ImportRow row, List<String> header, Problems problems) {
        this.row = row;
        this.header = header;
        this.problems = problems;
    }

    int number() {
        return row.number();
    }

    /** Whether the file has this column at all; a missing optional column leaves stored values alone. */
    boolean has(String column) {
        return header.contains(column);
    }

    String raw(String column) {
        return row.value(column);
    }

    void problem(String column, String reasonKey, Object... arguments) {
        problems.add(row.number(), column, reasonKey, arguments);
    }

    Optional<String> text(String column) {
        String value = row.value(column);
        if (value.length() > LONGEST_TEXT) {
            problem(column, "transfer.problem.tooLong", LONGEST_TEXT);
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** A value that must be there; an empty one is reported. */
    Optional<String> required(String column) {
        Optional<String> value = text(column);
        if (value.isEmpty()) {
            problem(column, "transfer.problem.required");
        }
        return value;
    }

    /** One of a set of codes, ignoring case; anything else is reported with the codes allowed. */
    Optional<String> code(String column, Collection<String> allowed, boolean required) {
        Optional<String> value = required ? required(column) : text(column);
        Optional<String> code = value.map(v -> v.toUpperCase(Locale.ROOT));
        if (code.isPresent() && !allowed.contains(code.get())) {
            problem(column, "transfer.problem.unknownCode", value.get(), String.join(", ", allowed));
            return Optional.empty();
        }
        return code;
    }

    /** A whole number of zero or more that fits a database integer. */
    Optional<Integer> count(String column) {
        return whole(column).flatMap(value -> {
            if (value > Integer.MAX_VALUE) {
                problem(column, "transfer.problem.notCount", raw(column));
                return Optional.empty();
            }
            return Optional.of(value.intValue());
        });
    }

    /** Whole rupees, zero or more; grouping commas (12,50,000) are allowed, paise are not. */
    Optional<Long> rupees(String column) {
        return whole(column);
    }

    Optional<Integer> year(String column) {
        Optional<Long> value = whole(column);
        if (value.isPresent() && (value.get() < 1900 || value.get() > 2100)) {
            problem(column, "transfer.problem.year", raw(column));
            return Optional.empty();
        }
        return value.map(Long::intValue);
    }

    /** A decimal within bounds, e.g. a latitude from -90 to 90. */
    Optional<Double> decimal(String column, double min, double max) {
        Optional<String> value = text(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            double number = Double.parseDouble(value.get());
            if (Double.isNaN(number) || number < min || number > max) {
                problem(column, "transfer.problem.outOfRange", value.get(), min, max);
                return Optional.empty();
            }
            return Optional.of(number);
        } catch (NumberFormatException e) {
            problem(column, "transfer.problem.notNumber", value.get());
            return Optional.empty();
        }
    }

    /** A percentage from 0 to 100 with at most two decimals, as the figures store it. */
    Optional<BigDecimal> share(String column) {
        Optional<String> value = text(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal share = new BigDecimal(value.get());
            if (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0 || share.scale() > 2) {
                problem(column, "transfer.problem.share", value.get());
                return Optional.empty();
            }
            return Optional.of(share);
        } catch (NumberFormatException e) {
            problem(column, "transfer.problem.share", value.get());
            return Optional.empty();
        }
    }

    Optional<LocalDate> date(String column) {
        Optional<String> value = text(column);
        try {
            return value.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            problem(column, "transfer.problem.date", value.get());
            return Optional.empty();
        }
    }

    private Optional<Long> whole(String column) {
        Optional<String> value = text(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String digits = value.get().replace(",", "");
        if (!digits.matches("[0-9]{1,18}")) {
            problem(column, "transfer.problem.notWhole", value.get());
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }
}
