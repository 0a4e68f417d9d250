package org.clusterdev.knowledge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.Role;
import org.clusterdev.knowledge.ActivityType;
import org.clusterdev.knowledge.DocumentDetails;
import org.clusterdev.knowledge.DocumentKind;
import org.clusterdev.knowledge.Visibility;

/** The upload form's fields as typed; {@link #toDetails()} turns them into checked details. */
record DocumentForm(
        String title,
        String kind,
        String language,
        String year,
        String state,
        List<String> clusters,
        String scheme,
        String activityType,
        String product,
        String nicCode,
        String places,
        String visibility,
        List<String> roles) {

    DocumentForm {
        clusters = clusters == null ? List.of() : clusters;
        roles = roles == null ? List.of() : roles;
    }

    /** An empty form: English, public. */
    static DocumentForm empty() {
        return new DocumentForm("", "", "en", "", "", List.of(), "", "", "", "", "", "PUBLIC", List.of());
    }

    /**
     * The details the form describes.
     *
     * @throws IllegalArgumentException "field: reason" for a value that is not what the field takes
     */
    DocumentDetails toDetails() {
        List<Long> clusterIds = new ArrayList<>();
        for (String id : clusters) {
            if (!id.isBlank()) {
                clusterIds.add(number(id, "clusterIds").longValue());
            }
        }
        List<Role> readers = new ArrayList<>();
        for (String role : roles) {
            readers.add(choice(Role.class, role, "roles").orElseThrow());
        }
        return new DocumentDetails(
                title,
                choice(DocumentKind.class, kind, "kind")
                        .orElseThrow(() -> new IllegalArgumentException("kind: choose what the document is")),
                language,
                optionalNumber(year, "year"),
                optionalNumber(state, "state"),
                clusterIds,
                Optional.ofNullable(scheme),
                choice(ActivityType.class, activityType, "activityType"),
                Optional.ofNullable(product),
                Optional.ofNullable(nicCode),
                Optional.ofNullable(places),
                choice(Visibility.class, visibility, "visibility")
                        .orElseThrow(() -> new IllegalArgumentException("visibility: choose public or restricted")),
                readers);
    }

    private static Optional<Integer> optionalNumber(String value, String field) {
        return value == null || value.isBlank()
                ? Optional.empty()
                : Optional.of(number(value, field).intValue());
    }

    private static Long number(String value, String field) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a whole number");
        }
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not one of the choices");
        }
    }
}
