package org.clusterdev.engine;

/**
 * Where long work stands, reported now and then (not for every row) from any thread: the command line draws a
 * progress bar from it, the application a job's progress.
 */
@FunctionalInterface
public interface Progress {

    /**
     * Reports that {@code done} of {@code total} units of {@code stage} are complete ({@code total} is 0 when
     * unknown). Implementations must be thread-safe and quick.
     */
    void update(String stage, long done, long total);

    /** Progress that goes nowhere. */
    static Progress none() {
        return (stage, done, total) -> {};
    }
}
