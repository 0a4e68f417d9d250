package org.clusterdev.programme.web;

/** A refusal split into the field it names ("title: ...") and the reason, to show beside the field. */
record FieldProblem(String field, String reason) implements java.io.Serializable {

    static FieldProblem of(String message) {
        String text = message == null ? "" : message;
        int colon = text.indexOf(':');
        return colon > 0 && text.substring(0, colon).matches("[A-Za-z0-9_.]+")
                ? new FieldProblem(
                        text.substring(0, colon), text.substring(colon + 1).strip())
                : new FieldProblem("", text);
    }

    /** Whether the problem concerns this field. */
    public boolean concerns(String name) {
        return field.equals(name);
    }
}
