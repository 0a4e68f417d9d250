package org.clusterdev.platform.jobs;

import java.time.Duration;
import org.clusterdev.platform.JobCancelledException;
import org.clusterdev.platform.JobId;
import org.clusterdev.platform.JobProgress;

/**
 * The progress of one job on this server. The work updates it as often as it likes; it reaches the
 * database at most every {@link #WRITE_INTERVAL}, and on every heartbeat, so a job that reports thousands of
 * rows a second costs a few small writes. Each write also reads back whether the job should go on.
 */
final class JobExecution implements JobProgress {

    static final Duration WRITE_INTERVAL = Duration.ofMillis(250);

    private final JobId id;
    private final JobTable table;

    private long done;
    private long total;
    private String message;
    private String resultLink;
    private long lastWriteNanos;
    private boolean writtenOnce;
    private volatile boolean stopRequested;

    JobExecution(JobId id, JobTable table) {
        this.id = id;
        this.table = table;
    }

    JobId id() {
        return id;
    }

    @Override
    public void total(long total) {
        synchronized (this) {
            this.total = Math.max(0, total);
        }
        writeIfDue();
    }

    @Override
    public void advance(long steps) {
        synchronized (this) {
            this.done += steps;
        }
        writeIfDue();
    }

    @Override
    public void done(long done) {
        synchronized (this) {
            this.done = done;
        }
        writeIfDue();
    }

    @Override
    public void message(String message) {
        synchronized (this) {
            this.message = message;
        }
        writeIfDue();
    }

    @Override
    public void resultLink(String link) {
        synchronized (this) {
            this.resultLink = link;
        }
        writeIfDue();
    }

    @Override
    public void checkCancelled() {
        writeIfDue();
        if (stopRequested) {
            throw new JobCancelledException(id);
        }
    }

    /** Writes the progress now and refreshes the heartbeat; called by the heartbeat as well as the work. */
    void write() {
        JobTable.Progress progress;
        synchronized (this) {
            progress = snapshot();
            lastWriteNanos = System.nanoTime();
            writtenOnce = true;
        }
        if (!table.report(id, progress)) {
            stopRequested = true;
        }
    }

    /** How far the work got, as last reported. */
    synchronized JobTable.Progress snapshot() {
        return new JobTable.Progress(done, total, message, resultLink);
    }

    private void writeIfDue() {
        boolean due;
        synchronized (this) {
            due = !writtenOnce || System.nanoTime() - lastWriteNanos >= WRITE_INTERVAL.toNanos();
        }
        if (due) {
            write();
        }
    }
}
