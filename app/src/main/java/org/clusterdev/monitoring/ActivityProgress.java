package org.clusterdev.monitoring;

import java.time.LocalDate;
import java.util.List;
import org.clusterdev.programme.PlannedActivity;
import org.clusterdev.programme.WorkDone;

/**
 * A planned activity against what was done for it (see {@link org.clusterdev.monitoring.internal.WorkAttribution}
 * for which records count for it).
 *
 * @param done the implementation records that carry it out, by start
 * @param status where it stands on the day asked for
 */
public record ActivityProgress(PlannedActivity planned, List<WorkDone> done, Status status) {

    /** Where a planned activity stands. */
    public enum Status {
        /** A record of it is finished. */
        DONE,
        /** Records of it exist, none finished yet. */
        STARTED,
        /** Its period has ended and nothing was recorded for it: an early warning. */
        BEHIND_SCHEDULE,
        /** Within its period, nothing recorded yet. */
        DUE,
        /** Its period has not begun. */
        NOT_DUE
    }

    public ActivityProgress {
        done = List.copyOf(done);
    }

    /** The progress of an activity on a day. */
    public static ActivityProgress of(PlannedActivity planned, List<WorkDone> done, LocalDate today) {
        Status status;
        if (done.stream().anyMatch(record -> record.finishedOn().isPresent())) {
            status = Status.DONE;
        } else if (!done.isEmpty()) {
            status = Status.STARTED;
        } else if (planned.endsOn().isBefore(today)) {
            status = Status.BEHIND_SCHEDULE;
        } else if (!planned.startsOn().isAfter(today)) {
            status = Status.DUE;
        } else {
            status = Status.NOT_DUE;
        }
        return new ActivityProgress(planned, done, status);
    }

    /** What its records cost, in whole rupees. */
    public long cost() {
        return done.stream().mapToLong(WorkDone::costRupees).sum();
    }
}
