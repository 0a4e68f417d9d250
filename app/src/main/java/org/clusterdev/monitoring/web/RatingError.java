package org.clusterdev.monitoring.web;

/**
 * A refusal of the rating pages split into the field it concerns ({@code year}, {@code scores.EFFLUENT},
 * {@code criteria}) and the reason, for display next to that field.
 */
record RatingError(String field, String reason) implements java.io.Serializable {

    static RatingError of(RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int colon = message.indexOf(':');
        return colon > 0 && message.substring(0, colon).matches("[a-zA-Z][a-zA-Z0-9._]*")
                ? new RatingError(
                        message.substring(0, colon),
                        message.substring(colon + 1).strip())
                : new RatingError("form", message);
    }
}
