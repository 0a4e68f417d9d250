package org.clusterdev.mapping.internal;

import java.util.Locale;
import org.clusterdev.engine.Progress;
import org.clusterdev.platform.JobCancelledException;
import org.clusterdev.platform.JobProgress;
import org.springframework.context.MessageSource;

/**
 * The engine's progress as a job's: a stage line in the reader's language and done over total. Each report also
 * checks for cancellation, so a cancelled mapping stops within a block of work instead of at the end of a stage;
 * engine threads report concurrently.
 */
final class EngineProgress implements Progress {

    private final JobProgress job;
    private final MessageSource messages;
    private final Locale locale;
    private String stage = "";

    EngineProgress(JobProgress job, MessageSource messages, Locale locale) {
        this.job = job;
        this.messages = messages;
        this.locale = locale;
    }

    @Override
    public synchronized void update(String newStage, long done, long total) {
        if (!newStage.equals(stage)) {
            stage = newStage;
            job.message(messages.getMessage("mapping.stage." + newStage, null, newStage, locale));
        }
        job.total(total);
        job.done(done);
        job.checkCancelled();
    }

    /**
     * The cancellation behind a failure of the engine, which may come wrapped by the thread that met it; the
     * failure itself when it was not a cancellation.
     */
    static RuntimeException unwrapped(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JobCancelledException cancelled) {
                return cancelled;
            }
        }
        return failure;
    }
}
