package org.clusterdev.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A best practice or lesson as a short structured record.
 *
 * @param title 1 to 300 characters
 * @param problem the problem the cluster faced
 * @param action what was done
 * @param result what came of it, in figures where possible
 * @param costRupees what it cost, in whole rupees, when known
 * @param clusterId the registry cluster it happened in
 * @param activityType the kind of activity (seed 004 Annex 2.2)
 * @param themes the problem themes it addresses
 * @param documentId the document it is taken from, when any
 * @throws IllegalArgumentException "field: reason" for a missing value
 */
public record PracticeDetails(
        String title,
        String problem,
        String action,
        String result,
        Optional<Long> costRupees,
        long clusterId,
        ActivityType activityType,
        List<Theme> themes,
        Optional<Long> documentId) {

    public PracticeDetails {
        title = required(title, "title");
        if (title.length() > 300) {
            throw new IllegalArgumentException("title: at most 300 characters");
        }
        problem = required(problem, "problem");
        action = required(action, "action");
        result = required(result, "result");
        if (costRupees.isPresent() && costRupees.get() < 0) {
            throw new IllegalArgumentException("costRupees: a cost cannot be negative");
        }
        if (activityType == null) {
            throw new IllegalArgumentException("activityType: choose the kind of activity");
        }
        themes = List.copyOf(themes);
    }

    private static String required(String value, String field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field + ": this cannot be empty");
        }
        return stripped;
    }
}
