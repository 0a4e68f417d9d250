package org.clusterdev.selection.web;

import java.io.Serializable;

/** A refusal split into the field it concerns and the reason, for display next to that field. */
record FormError(String field, String reason) implements Serializable {

    static FormError of(RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int colon = message.indexOf(':');
        return colon > 0
                ? new FormError(
                        message.substring(0, colon),
                        message.substring(colon + 1).strip())
                : new FormError("form", message);
    }
}
