package org.clusterdev.platform.jobs;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fails the jobs whose server stopped while they were queued or running: their heartbeat is older than
 * {@link #STALE_AFTER}, well beyond the few seconds between heartbeats. Their work's transaction died with
 * the server, so nothing they wrote was kept, and the message says so. Runs at start-up, then every 15 s,
 * on every server; the update is idempotent.
 */
@Component
class StaleJobs {

    static final Duration STALE_AFTER = Duration.ofSeconds(45);

    private static final Logger log = LoggerFactory.getLogger(StaleJobs.class);

    private final JobTable table;
    private final MessageSource messages;

    StaleJobs(JobTable table, MessageSource messages) {
        this.table = table;
        this.messages = messages;
    }

    @Scheduled(fixedDelay = 15_000)
    void sweep() {
        // No reader's language is known here; the page also explains the status in the reader's language.
        String message = messages.getMessage("jobs.ended.serverStopped", null, Locale.ENGLISH);
        int failed = table.failStale(STALE_AFTER.toSeconds(), message);
        if (failed > 0) {
            log.warn("Marked {} job(s) as failed: the server running them stopped", failed);
        }
    }
}
