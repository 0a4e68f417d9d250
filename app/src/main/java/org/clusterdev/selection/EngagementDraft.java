package org.clusterdev.selection;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An engagement to record.
 *
 * @param interventionId the programme intervention the agency is engaged for, if any
 * @param endedOn when it ended, empty while it goes on
 */
public record EngagementDraft(
        long clusterId, Optional<Long> interventionId, LocalDate startedOn, Optional<LocalDate> endedOn, String note) {

    /**
     * Refuses an engagement without a start or ending before it starts.
     *
     * @throws IllegalArgumentException "field: reason"
     */
    public EngagementDraft {
        if (startedOn == null) {
            throw new IllegalArgumentException("startedOn: is required");
        }
        interventionId = interventionId == null ? Optional.empty() : interventionId;
        endedOn = endedOn == null ? Optional.empty() : endedOn;
        if (endedOn.isPresent() && endedOn.get().isBefore(startedOn)) {
            throw new IllegalArgumentException("endedOn: an engagement cannot end before it starts");
        }
        note = Texts.optional("note", note, 1000);
    }
}
