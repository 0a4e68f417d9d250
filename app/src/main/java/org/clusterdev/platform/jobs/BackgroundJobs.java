package org.clusterdev.platform.jobs;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.clusterdev.platform.JobId;
import org.clusterdev.platform.JobView;
import org.clusterdev.platform.JobWork;
import org.clusterdev.platform.Jobs;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs jobs on two background workers of this server and keeps their heartbeat fresh while they are
 * queued or running here; {@link StaleJobs} fails the jobs whose heartbeat stopped.
 */
@Service
class BackgroundJobs implements Jobs {

    static final int WORKERS = 2;

    private final JobTable table;
    private final JobRun.Context runContext;
    private final Map<JobId, JobExecution> live = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, new WorkerThreads());

    BackgroundJobs(JobTable table, PlatformTransactionManager transactions, MessageSource messages) {
        this.table = table;
        this.runContext = new JobRun.Context(table, new TransactionTemplate(transactions), messages);
    }

    @Override
    public JobId submit(String type, String title, JobWork work) {
        if (type == null || type.isBlank() || title == null || title.isBlank()) {
            throw new IllegalArgumentException("job: a job needs a type and a title");
        }
        Authentication submitter = currentUser().orElse(null);
        JobId id = JobId.random();
        table.insert(id, type, title, submitter == null ? "system" : submitter.getName());
        JobExecution execution = new JobExecution(id, table);
        live.put(id, execution);
        workers.execute(new JobRun(
                execution, work, submitter, LocaleContextHolder.getLocale(), () -> live.remove(id), runContext));
        return id;
    }

    @Override
    public Optional<JobView> find(JobId id) {
        return table.find(id);
    }

    @Override
    public List<JobView> recent(int offset, int limit) {
        return table.recent(offset, limit);
    }

    @Override
    public long count() {
        return table.count();
    }

    @Override
    public boolean cancel(JobId id) {
        return table.requestCancel(id);
    }

    /** Tells every other server that the jobs queued or running here are alive, and learns of cancellations. */
    @Scheduled(fixedDelay = 3_000)
    void heartbeat() {
        live.values().forEach(JobExecution::write);
    }

    /**
     * Interrupts running work on shutdown and gives it a few seconds to roll back and record that it
     * failed; work that does not stop in time is failed by {@link StaleJobs} when a server starts again.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static Optional<Authentication> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean person = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return person ? Optional.of(authentication) : Optional.empty();
    }

    /** Names the worker threads so that logs say which lines come from jobs. */
    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {

        private final AtomicInteger number = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "job-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
