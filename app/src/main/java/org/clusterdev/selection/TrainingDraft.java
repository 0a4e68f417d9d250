package org.clusterdev.selection;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A course to record for a CDA.
 *
 * @param fieldWork the field work the course included, blank for none
 * @param fieldClusterId the cluster the field work was done in, if recorded
 */
public record TrainingDraft(
        String course,
        String provider,
        LocalDate startedOn,
        LocalDate endedOn,
        String fieldWork,
        Optional<Long> fieldClusterId) {

    /**
     * Refuses a course without a name, provider or dates, or that ends before it starts.
     *
     * @throws IllegalArgumentException "field: reason"
     */
    public TrainingDraft {
        course = Texts.required("course", course, 200);
        provider = Texts.required("provider", provider, 200);
        if (startedOn == null) {
            throw new IllegalArgumentException("startedOn: is required");
        }
        if (endedOn == null) {
            throw new IllegalArgumentException("endedOn: is required");
        }
        if (endedOn.isBefore(startedOn)) {
            throw new IllegalArgumentException("endedOn: a course cannot end before it starts");
        }
        fieldWork = Texts.optional("fieldWork", fieldWork, 1000);
        fieldClusterId = fieldClusterId == null ? Optional.empty() : fieldClusterId;
    }
}
