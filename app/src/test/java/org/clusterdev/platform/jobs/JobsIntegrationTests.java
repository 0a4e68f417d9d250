package org.clusterdev.platform.jobs;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.clusterdev.platform.JobId;
import org.clusterdev.platform.JobStatus;
import org.clusterdev.platform.JobView;
import org.clusterdev.platform.Jobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Jobs on the real PostgreSQL: progress others can see, all-or-nothing work, cancellation, crash recovery. */
@SpringBootTest
@AutoConfigureMockMvc
class JobsIntegrationTests {

    @Autowired
    Jobs jobs;

    @Autowired
    StaleJobs staleJobs;

    @Autowired
    JdbcClient jdbc;

    /** What each test's work writes, tagged so tests never see each other's rows. */
    final UUID tag = UUID.randomUUID();

    @BeforeEach
    void createScratchTable() {
        jdbc.sql("create table if not exists public.job_scratch (tag uuid not null, note text not null)")
                .update();
    }

    @Test
    void showsProgressToOthersWhileTheWorkIsStillRunning() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        JobId id = jobs.submit("test", "Progress while running", progress -> {
            progress.total(10);
            progress.done(3);
            progress.message("three rows of ten");
            release.await(30, SECONDS);
        });
        try {
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(jobs.find(id)).hasValueSatisfying(job -> {
                        assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
                        assertThat(job.done()).isEqualTo(3);
                        assertThat(job.total()).isEqualTo(10);
                        assertThat(job.percent()).isEqualTo(30);
                        assertThat(job.message()).contains("three rows of ten");
                        assertThat(job.finished()).isFalse();
                    }));
        } finally {
            release.countDown();
        }
        JobView finished = awaitEnd(id);
        assertThat(finished.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(finished.percent()).isEqualTo(100);
        assertThat(finished.finishedAt()).isPresent();
    }

    @Test
    void keepsWhatSucceedingWorkWrote() {
        JobId id = jobs.submit("test", "Writes and returns", progress -> write("kept"));

        assertThat(awaitEnd(id).status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(scratchRows()).isEqualTo(1);
    }

    @Test
    void keepsNoneOfTheWritesOfWorkThatThrowsAndSaysWhyItFailed() {
        JobId id = jobs.submit("test", "Writes and fails", progress -> {
            write("first");
            write("second");
            throw new IllegalStateException("disk full after writing 2 rows");
        });

        JobView job = awaitEnd(id);
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.message()).contains("disk full after writing 2 rows");
        assertThat(scratchRows()).isZero();
    }

    @Test
    void rollsBackACancelledJobAndMarksItCancelled() throws Exception {
        CountDownLatch wrote = new CountDownLatch(1);
        JobId id = jobs.submit("test", "Cancelled half way", progress -> {
            write("before the cancel");
            wrote.countDown();
            long deadline = System.nanoTime() + SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                progress.checkCancelled();
                Thread.sleep(20);
            }
        });
        assertThat(wrote.await(10, SECONDS)).isTrue();

        assertThat(jobs.cancel(id)).isTrue();

        JobView job = awaitEnd(id);
        assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(job.cancelRequested()).isTrue();
        assertThat(scratchRows()).isZero();
        assertThat(jobs.cancel(id)).as("a finished job cannot be cancelled").isFalse();
    }

    @Test
    void failsARunningJobWhoseHeartbeatStoppedAndLeavesLiveOnesAlone() {
        UUID cutOff = UUID.randomUUID();
        UUID alive = UUID.randomUUID();
        insertRunningJob(cutOff, "2 minutes");
        insertRunningJob(alive, "0 seconds");

        staleJobs.sweep();

        JobView failed = jobs.find(new JobId(cutOff)).orElseThrow();
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.message())
                .hasValueSatisfying(message ->
                        assertThat(message).contains("server stopped").contains("Nothing it wrote was kept"));
        assertThat(failed.finishedAt()).isPresent();
        assertThat(jobs.find(new JobId(alive)).orElseThrow().status()).isEqualTo(JobStatus.RUNNING);
        jdbc.sql("delete from platform.job where id in (?, ?)")
                .params(cutOff, alive)
                .update();
    }

    private void insertRunningJob(UUID id, String heartbeatAge) {
        jdbc.sql("""
                        insert into platform.job (id, type, title, status, created_by, started_at, heartbeat_at)
                        values (?, 'test', 'Running when the server stopped', 'RUNNING', 'admin',
                                now() - interval '10 minutes', now() - cast(? as interval))""").params(id, heartbeatAge).update();
    }

    private JobView awaitEnd(JobId id) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jobs.find(id).orElseThrow().finished());
        return jobs.find(id).orElseThrow();
    }

    /** Writes through the application's data source, so inside the job's transaction. */
    private void write(String note) {
        jdbc.sql("insert into public.job_scratch (tag, note) values (?, ?)")
                .params(tag, note)
                .update();
    }

    private long scratchRows() {
        return jdbc.sql("select count(*) from public.job_scratch where tag = ?")
                .param(tag)
                .query(Long.class)
                .single();
    }
}
