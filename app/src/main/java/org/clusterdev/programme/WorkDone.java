package org.clusterdev.programme;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An implementation record as monitoring compares it with the plan: what was done, when, and at what cost.
 *
 * @param activityCode the catalogue entry it carried out, empty when it was recorded without one
 * @param costRupees what it cost, in whole rupees
 */
public record WorkDone(
        long id,
        long interventionId,
        Optional<String> activityCode,
        String title,
        LocalDate startedOn,
        Optional<LocalDate> finishedOn,
        long costRupees) {}
