package org.clusterdev.platform;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;

/**
 * A job as people and programs see it.
 *
 * @param id the job's id
 * @param type what kind of work it is, e.g. {@code nic-import}
 * @param title a short description for lists
 * @param status where it is in its life
 * @param done the steps done so far
 * @param total the steps in all, 0 while not known
 * @param percent how far it got, 0 to 100 (100 once it succeeded)
 * @param message the last line it reported, or why it failed
 * @param resultLink the address of what it produced, relative to the application
 * @param createdBy the user who started it, or {@code system}
 * @param createdAt when it was started
 * @param startedAt when its work began running
 * @param finishedAt when it ended
 * @param cancelRequested whether someone asked to cancel it
 */
public record JobView(
        JobId id,
        String type,
        String title,
        JobStatus status,
        long done,
        long total,
        int percent,
        Optional<String> message,
        Optional<String> resultLink,
        String createdBy,
        Instant createdAt,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt,
        boolean cancelRequested) {

    /** Whether the job has ended and will not change again. */
    @JsonProperty("finished")
    public boolean finished() {
        return status.finished();
    }

    /** Only the person who started a job, or an administrator, may cancel it. */
    public boolean mayBeCancelledBy(String username, boolean administrator) {
        return administrator || createdBy.equals(username);
    }

    /** The percentage for the given counts and status: done over total, or 100 once it succeeded. */
    public static int percent(JobStatus status, long done, long total) {
        if (status == JobStatus.SUCCEEDED) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
}
