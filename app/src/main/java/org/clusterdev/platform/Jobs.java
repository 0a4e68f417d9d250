package org.clusterdev.platform;

import java.util.List;
import java.util.Optional;

/**
 * Runs long work (imports, mapping runs, reports) in the background with a progress bar people can watch
 * and a cancel button. A job's work runs in one database transaction, so a failure, a cancellation or a
 * server crash never leaves half-written data; its status is kept in the database across restarts.
 */
public interface Jobs {

    /**
     * Records a job as queued by the current user and runs it on a background worker. The work starts at
     * once, not when the caller's transaction commits, so give it everything it needs; it runs as the
     * current user and in the current language.
     *
     * @param type what kind of work it is, e.g. {@code nic-import}; not blank
     * @param title a short description people recognise it by; not blank
     * @param work the work itself
     * @return the new job's id
     */
    JobId submit(String type, String title, JobWork work);

    /** The job with this id, or empty if there is none. */
    Optional<JobView> find(JobId id);

    /** Jobs newest first, skipping {@code offset} and returning at most {@code limit}. */
    List<JobView> recent(int offset, int limit);

    /** How many jobs there are in all, for paging through {@link #recent(int, int)}. */
    long count();

    /**
     * Asks an unfinished job to stop; its work stops at its next {@link JobProgress#checkCancelled()}, on
     * whichever server runs it, and nothing it wrote is kept.
     *
     * @return true if the request was recorded, false if there is no such job or it has already finished
     */
    boolean cancel(JobId id);
}
