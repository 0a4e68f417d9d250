package org.clusterdev.identity.web;

/**
 * A validation failure split into the field it concerns and the reason, from the "field: reason"
 * convention of domain exceptions, so forms can show the message next to the right input.
 */
record FieldMessage(String field, String reason) {

    static FieldMessage of(IllegalArgumentException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int colon = message.indexOf(':');
        return colon > 0
                ? new FieldMessage(
                        message.substring(0, colon),
                        message.substring(colon + 1).strip())
                : new FieldMessage("", message);
    }
}
