package org.clusterdev.platform;

/** Where a job is in its life: queued, then running, then exactly one of the three final states. */
public enum JobStatus {
    /** Recorded and waiting for a free worker. */
    QUEUED,
    /** Its work is running; what it writes is not yet visible to anyone else. */
    RUNNING,
    /** Its work returned normally and everything it wrote was committed. */
    SUCCEEDED,
    /** Its work threw, or the server stopped while it ran; nothing it wrote was kept. */
    FAILED,
    /** Someone asked it to stop and it did; nothing it wrote was kept. */
    CANCELLED;

    /** Whether the job has ended and will not change again. */
    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
