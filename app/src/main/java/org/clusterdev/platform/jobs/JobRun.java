package org.clusterdev.platform.jobs;

import java.util.Locale;
import org.clusterdev.platform.JobCancelledException;
import org.clusterdev.platform.JobStatus;
import org.clusterdev.platform.JobWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one job's work on a worker thread, as the user who submitted it and in their language, inside one
 * transaction, and records how it ended.
 */
final class JobRun implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(JobRun.class);

    private final JobExecution execution;
    private final JobWork work;
    private final Authentication submitter;
    private final Locale locale;
    private final Runnable whenEnded;
    private final JobTable table;
    private final TransactionTemplate transaction;
    private final MessageSource messages;

    /** Collaborators shared by every run. */
    record Context(JobTable table, TransactionTemplate transaction, MessageSource messages) {}

    JobRun(
            JobExecution execution,
            JobWork work,
            Authentication submitter,
            Locale locale,
            Runnable whenEnded,
            Context context) {
        this.execution = execution;
        this.work = work;
        this.submitter = submitter;
        this.locale = locale;
        this.whenEnded = whenEnded;
        this.table = context.table();
        this.transaction = context.transaction();
        this.messages = context.messages();
    }

    @Override
    public void run() {
        if (submitter != null) {
            SecurityContextHolder.setContext(new SecurityContextImpl(submitter));
        }
        LocaleContextHolder.setLocale(locale);
        try {
            if (table.start(execution.id())) {
                runInOneTransaction();
            } else {
                end(JobStatus.CANCELLED, text("jobs.ended.cancelled"));
            }
        } catch (JobCancelledException e) {
            end(JobStatus.CANCELLED, text("jobs.ended.cancelled"));
        } catch (IllegalArgumentException e) {
            // The work refused its input (by convention, as for the API); its message says why, no trace needed.
            log.info("Job {} refused its input: {}", execution.id(), e.getMessage());
            end(JobStatus.FAILED, reason(e));
        } catch (Throwable e) { // errors too: a job must never be left looking as if it still ran
            log.warn("Job {} failed", execution.id(), e);
            end(JobStatus.FAILED, interrupted(e) ? text("jobs.ended.serverStopped") : reason(e));
        } finally {
            whenEnded.run();
            LocaleContextHolder.resetLocaleContext();
            SecurityContextHolder.clearContext();
        }
    }

    private void runInOneTransaction() {
        transaction.executeWithoutResult(status -> {
            try {
                work.run(execution);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CheckedFailure(e);
            }
            // Cancelled at the last moment, or swept: roll back rather than commit behind a "failed" label.
            if (!table.succeed(execution.id(), execution.snapshot())) {
                throw new JobCancelledException(execution.id());
            }
        });
    }

    private void end(JobStatus status, String message) {
        Thread.interrupted(); // an interrupt left set would refuse the connection this last write needs
        table.end(execution.id(), status, execution.snapshot(), message);
    }

    /** Only the shutdown of the workers interrupts them: the server is stopping. */
    private static boolean interrupted(Throwable e) {
        return e instanceof InterruptedException || e.getCause() instanceof InterruptedException;
    }

    /** The work's own words for what went wrong; the page adds that nothing was kept. */
    private static String reason(Throwable e) {
        Throwable failure = e instanceof CheckedFailure ? e.getCause() : e;
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getName() : message;
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }

    /** Carries a checked exception of the work through the transaction callback. */
    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Exception cause) {
            super(cause);
        }
    }
}
