package org.clusterdev.selection.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the text of form fields into values, refusing with the field's name. */
final class FormValues {

    private FormValues() {}

    static Optional<LocalDate> date(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a date (yyyy-mm-dd)");
        }
    }

    static LocalDate requiredDate(String field, String text) {
        return date(field, text).orElseThrow(() -> new IllegalArgumentException(field + ": is required"));
    }

    static Optional<Long> id(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not an id");
        }
    }

    static long requiredId(String field, String text) {
        return id(field, text).orElseThrow(() -> new IllegalArgumentException(field + ": is required"));
    }

    static int requiredInt(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": is required");
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a whole number");
        }
    }

    static double percent(String field, String text, double absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a number");
        }
    }
}
