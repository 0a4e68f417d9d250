package org.clusterdev.platform;

/**
 * The long work a job does. It runs inside one database transaction that commits only if it returns
 * normally: throwing (including {@link JobCancelledException}) discards everything it wrote.
 */
@FunctionalInterface
public interface JobWork {

    /**
     * Does the work, reporting how far it got.
     *
     * @param progress where to report progress and ask whether the job was cancelled
     * @throws Exception any failure; its message becomes the job's message, so make it say precisely why
     */
    void run(JobProgress progress) throws Exception;
}
