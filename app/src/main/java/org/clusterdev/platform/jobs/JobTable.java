package org.clusterdev.platform.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clusterdev.platform.JobId;
import org.clusterdev.platform.JobStatus;
import org.clusterdev.platform.JobView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows of {@code platform.job}. Status and progress writes run in their own short transactions
 * (REQUIRES_NEW), so they are visible at once even while a job's work keeps its own transaction open;
 * only {@link #succeed} joins the work's transaction, so that "succeeded" and the work's data commit
 * together or not at all.
 */
@Repository
class JobTable {

    private static final String COLUMNS = """
            id, type, title, status, done, coalesce(total, 0) as total, message, result_link, created_by,
            created_at, started_at, finished_at, cancel_requested""";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    JobTable(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How far a job got, as its work last reported it. */
    record Progress(long done, long total, String message, String resultLink) {}

    void insert(JobId id, String type, String title, String createdBy) {
        ownTransaction.executeWithoutResult(tx -> jdbc.sql(
                        "insert into platform.job (id, type, title, status, created_by) values (?, ?, ?, 'QUEUED', ?)")
                .params(id.value(), type, title, createdBy)
                .update());
    }

    /** Marks a queued job as running; false if it was cancelled (or swept) while it waited. */
    boolean start(JobId id) {
        return write("""
                update platform.job set status = 'RUNNING', started_at = now(), heartbeat_at = now()
                where id = ? and status = 'QUEUED' and not cancel_requested""", id.value());
    }

    /**
     * Writes the progress of an unfinished job and refreshes its heartbeat.
     *
     * @return whether the job should go on: false once cancellation was requested or it was ended elsewhere
     */
    boolean report(JobId id, Progress progress) {
        return ownTransaction
                .execute(tx -> jdbc.sql("""
                        update platform.job set done = ?, total = ?, message = ?, result_link = ?, heartbeat_at = now()
                        where id = ? and status in ('QUEUED', 'RUNNING') returning not cancel_requested""")
                        .params(
                                progress.done(),
                                progress.total(),
                                progress.message(),
                                progress.resultLink(),
                                id.value())
                        .query(Boolean.class)
                        .optional())
                .orElse(false);
    }

    /**
     * Marks a running job as succeeded inside the work's own transaction, unless cancellation was requested
     * meanwhile.
     *
     * @return false if the job may not succeed any more, in which case the caller must roll back
     */
    boolean succeed(JobId id, Progress progress) {
        return jdbc.sql("""
                        update platform.job set status = 'SUCCEEDED', finished_at = now(), heartbeat_at = now(),
                            done = ?, total = ?, message = ?, result_link = ?
                        where id = ? and status = 'RUNNING' and not cancel_requested""")
                        .params(
                                progress.done(),
                                progress.total(),
                                progress.message(),
                                progress.resultLink(),
                                id.value())
                        .update()
                == 1;
    }

    /** Ends an unfinished job as failed or cancelled, keeping how far it got and why it ended. */
    void end(JobId id, JobStatus status, Progress progress, String message) {
        write("""
                update platform.job set status = ?, finished_at = now(), done = ?, total = ?, message = ?,
                    result_link = ?
                where id = ? and status in ('QUEUED', 'RUNNING')""", status.name(), progress.done(), progress.total(), message, progress.resultLink(), id.value());
    }

    /** Records a cancel request for an unfinished job; false if there is none. */
    boolean requestCancel(JobId id) {
        return write(
                "update platform.job set cancel_requested = true where id = ? and status in ('QUEUED', 'RUNNING')",
                id.value());
    }

    /**
     * Fails every unfinished job whose heartbeat is older than {@code staleSeconds}: the server running it
     * has stopped, and its transaction went with it.
     *
     * @return how many jobs were failed
     */
    int failStale(long staleSeconds, String message) {
        return ownTransaction.execute(
                tx -> jdbc.sql("""
                        update platform.job set status = 'FAILED', finished_at = now(), message = ?
                        where status in ('QUEUED', 'RUNNING') and heartbeat_at < now() - make_interval(secs => ?)""").params(message, staleSeconds).update());
    }

    Optional<JobView> find(JobId id) {
        return jdbc.sql("select " + COLUMNS + " from platform.job where id = ?")
                .param(id.value())
                .query(JobTable::view)
                .optional();
    }

    List<JobView> recent(int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from platform.job order by created_at desc, id offset ? limit ?")
                .params(Math.max(0, offset), Math.max(0, limit))
                .query(JobTable::view)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from platform.job").query(Long.class).single();
    }

    private boolean write(String sql, Object... params) {
        return ownTransaction.execute(tx -> jdbc.sql(sql).params(params).update()) == 1;
    }

    private static JobView view(ResultSet row, int number) throws SQLException {
        JobStatus status = JobStatus.valueOf(row.getString("status"));
        long done = row.getLong("done");
        long total = row.getLong("total");
        return new JobView(
                new JobId(row.getObject("id", UUID.class)),
                row.getString("type"),
                row.getString("title"),
                status,
                done,
                total,
                JobView.percent(status, done, total),
                Optional.ofNullable(row.getString("message")),
                Optional.ofNullable(row.getString("result_link")),
                row.getString("created_by"),
                instant(row, "created_at").orElseThrow(),
                instant(row, "started_at"),
                instant(row, "finished_at"),
                row.getBoolean("cancel_requested"));
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
