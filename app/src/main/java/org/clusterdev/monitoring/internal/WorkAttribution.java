package org.clusterdev.monitoring.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.programme.PlannedActivity;
import org.clusterdev.programme.WorkDone;

/**
 * Which planned activity an implementation record carries out. Records name a catalogue entry, not a plan
 * activity, so a record counts for the intervention's planned activity of the same catalogue entry whose schedule
 * contains the day it started, or else whose schedule lies nearest that day (a late or early start still does the
 * planned work); between equally near ones the first by start and key. A record without a catalogue entry, or of
 * an entry the plan does not hold, is work outside the plan.
 */
public final class WorkAttribution {

    private WorkAttribution() {}

    /** The records of each planned activity (every activity present) and the records outside the plan. */
    public record Result(Map<PlannedActivity, List<WorkDone>> byActivity, List<WorkDone> unplanned) {}

    /** Attributes the records of interventions to their planned activities. */
    public static Result attribute(List<PlannedActivity> planned, List<WorkDone> done) {
        Map<PlannedActivity, List<WorkDone>> byActivity = new LinkedHashMap<>();
        planned.forEach(activity -> byActivity.put(activity, new ArrayList<>()));
        List<WorkDone> unplanned = new ArrayList<>();
        for (WorkDone record : done) {
            Optional<PlannedActivity> target = record.activityCode()
                    .flatMap(code -> planned.stream()
                            .filter(a -> a.interventionId() == record.interventionId()
                                    && a.activityTypeCode().equals(code))
                            .min(Comparator.comparingLong((PlannedActivity a) -> distance(a, record.startedOn()))
                                    .thenComparing(PlannedActivity::startsOn)
                                    .thenComparingInt(PlannedActivity::key)));
            target.ifPresentOrElse(a -> byActivity.get(a).add(record), () -> unplanned.add(record));
        }
        return new Result(byActivity, unplanned);
    }

    /** Days between a day and an activity's schedule, 0 within it. */
    static long distance(PlannedActivity activity, LocalDate day) {
        if (day.isBefore(activity.startsOn())) {
            return ChronoUnit.DAYS.between(day, activity.startsOn());
        }
        if (day.isAfter(activity.endsOn())) {
            return ChronoUnit.DAYS.between(activity.endsOn(), day);
        }
        return 0;
    }
}
