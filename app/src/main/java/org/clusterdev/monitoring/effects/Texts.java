package org.clusterdev.monitoring.effects;

import java.util.Optional;

/** Checks on the text fields of effect records, refusing as "field: reason". */
public final class Texts {

    private Texts() {}

    /** The text stripped, refused when empty or longer than {@code max}. */
    public static String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(field + ": required");
        }
        if (text.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
        return text;
    }

    /** The text stripped, empty when blank, refused when longer than {@code max}. */
    public static Optional<String> optional(String field, Optional<String> value, int max) {
        Optional<String> text = value.map(String::strip).filter(t -> !t.isEmpty());
        if (text.map(String::length).orElse(0) > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
        return text;
    }
}
