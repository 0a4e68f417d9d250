package org.clusterdev.selection;

/** The checks every free-text field of this module gets: trimmed, blank as absent, bounded in length. */
final class Texts {

    private Texts() {}

    static String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            throw new IllegalArgumentException(field + ": is required");
        }
        return text;
    }

    static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(field + ": at most " + maxLength + " characters");
        }
        return text;
    }
}
