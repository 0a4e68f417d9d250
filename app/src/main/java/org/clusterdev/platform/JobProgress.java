package org.clusterdev.platform;

/**
 * What a running {@link JobWork} reports. Calls are cheap: they are written to the database at most a few
 * times a second, in their own short transactions, so people see them while the work's transaction is open.
 */
public interface JobProgress {

    /** Sets how many steps the work has in all, e.g. the rows of a file; 0 means not known yet. */
    void total(long total);

    /** Adds {@code steps} to the steps done. */
    void advance(long steps);

    /** Sets the steps done to an absolute number. */
    void done(long done);

    /** Sets the line people read under the progress bar, e.g. "Checking rows"; also kept when it ends. */
    void message(String message);

    /** Sets the address, relative to the application, of what the job produced or changed. */
    void resultLink(String link);

    /**
     * Stops the work if someone asked to cancel the job; call it between steps.
     *
     * @throws JobCancelledException when cancellation was requested, which discards what the work wrote
     */
    void checkCancelled();
}
