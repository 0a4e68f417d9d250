package org.clusterdev.programme;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** An implementation activity as the field worker reports it; validates on creation, naming the field. */
public record ActivityDraft(
        Optional<String> activityCode,
        String title,
        LocalDate startedOn,
        Optional<LocalDate> finishedOn,
        long costRupees,
        int participants,
        String outputs,
        String ledBy,
        Optional<Double> latitude,
        Optional<Double> longitude) {

    /** Who may lead an activity. */
    public static final Set<String> LEADS = Set.of("IMPLEMENTING_AGENCY", "LOCAL_INSTITUTION", "PRIVATE_SECTOR");

    public ActivityDraft {
        activityCode = activityCode.map(String::strip).filter(code -> !code.isEmpty());
        title = title == null ? "" : title.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("title: what was done is required");
        }
        if (startedOn == null) {
            throw new IllegalArgumentException("startedOn: the first day is required");
        }
        if (finishedOn.filter(day -> day.isBefore(startedOn)).isPresent()) {
            throw new IllegalArgumentException("finishedOn: the last day is on or after the first");
        }
        if (costRupees < 0) {
            throw new IllegalArgumentException("costRupees: zero or more rupees");
        }
        if (participants < 0) {
            throw new IllegalArgumentException("participants: zero or more");
        }
        outputs = outputs == null ? "" : outputs.strip();
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("outputs: what the activity produced is required");
        }
        if (!LEADS.contains(ledBy)) {
            throw new IllegalArgumentException("ledBy: IMPLEMENTING_AGENCY, LOCAL_INSTITUTION or PRIVATE_SECTOR");
        }
        if (latitude.isPresent() != longitude.isPresent()) {
            throw new IllegalArgumentException("longitude: a geotag has both latitude and longitude");
        }
        if (latitude.filter(lat -> lat < 6 || lat > 38).isPresent()
                || longitude.filter(lon -> lon < 68 || lon > 98).isPresent()) {
            throw new IllegalArgumentException("latitude: the place must lie in India");
        }
    }
}
