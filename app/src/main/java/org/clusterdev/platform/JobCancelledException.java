package org.clusterdev.platform;

/**
 * Thrown by {@link JobProgress#checkCancelled()} once someone asked to cancel the job. Let it propagate:
 * the job's transaction is rolled back and the job ends as {@link JobStatus#CANCELLED}.
 */
public class JobCancelledException extends RuntimeException {

    /** @param id the cancelled job */
    public JobCancelledException(JobId id) {
        super("job " + id + " was cancelled");
    }
}
