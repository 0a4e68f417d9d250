package org.clusterdev.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An activity carried out during implementation, with who led it: responsibility shifts progressively from the
 * implementing agency to local institutions and the private sector (seed 003).
 *
 * @param activityCode the catalogue entry of seed 004 Annex 2.2, if it is one
 * @param costRupees what it cost, in whole rupees
 * @param ledBy {@code IMPLEMENTING_AGENCY}, {@code LOCAL_INSTITUTION} or {@code PRIVATE_SECTOR}
 * @param latitude where it took place, optional (with longitude)
 * @param evidence the files that show it happened
 */
public record ActivityRecord(
        long id,
        long interventionId,
        Optional<String> activityCode,
        String title,
        LocalDate startedOn,
        Optional<LocalDate> finishedOn,
        long costRupees,
        int participants,
        String outputs,
        String ledBy,
        Optional<Double> latitude,
        Optional<Double> longitude,
        List<Evidence> evidence) {

    /**
     * A file kept as evidence of an activity.
     *
     * @param latitude where a photo was taken, when known
     */
    public record Evidence(
            long id,
            String fileName,
            String contentType,
            long sizeBytes,
            Optional<Double> latitude,
            Optional<Double> longitude,
            String uploadedBy) {}
}
