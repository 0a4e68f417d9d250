package org.clusterdev.mapping.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clusterdev.mapping.BadRow;
import org.clusterdev.mapping.CandidateView;
import org.clusterdev.mapping.Comparison;
import org.clusterdev.mapping.Confidence;
import org.clusterdev.mapping.DatasetView;
import org.clusterdev.mapping.MissingCluster;
import org.clusterdev.mapping.Review;
import org.clusterdev.mapping.RunParameters;
import org.clusterdev.mapping.RunView;
import org.clusterdev.platform.JobId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mapping schema's rows, in plain SQL. */
@Repository
public class MappingTables {

    private final JdbcClient jdbc;

    MappingTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertDataset(String fileName, String storedPath, long size, long rows, long badRows, String by) {
        return jdbc.sql("""
                        insert into mapping.dataset(file_name, stored_path, size_bytes, rows, bad_rows, uploaded_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(fileName, storedPath, size, rows, badRows, by)
                .query(Long.class)
                .single();
    }

    public void insertProblems(long datasetId, List<BadRow> problems) {
        for (BadRow problem : problems) {
            jdbc.sql("""
                            insert into mapping.dataset_problem(dataset_id, line, field, reason) values (?, ?, ?, ?)
                            on conflict do nothing""")
                    .params(datasetId, problem.line(), problem.field(), problem.reason())
                    .update();
        }
    }

    public List<DatasetView> datasets() {
        return jdbc.sql("""
                        select id, file_name, size_bytes, rows, bad_rows, uploaded_by, uploaded_at
                        from mapping.dataset order by id desc""").query(MappingTables::dataset).list();
    }

    public Optional<DatasetView> dataset(long id) {
        return jdbc.sql("""
                        select id, file_name, size_bytes, rows, bad_rows, uploaded_by, uploaded_at
                        from mapping.dataset where id = ?""").param(id).query(MappingTables::dataset).optional();
    }

    private static DatasetView dataset(ResultSet rs, int n) throws SQLException {
        return new DatasetView(
                rs.getLong("id"),
                rs.getString("file_name"),
                rs.getLong("size_bytes"),
                rs.getLong("rows"),
                rs.getLong("bad_rows"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    public Optional<String> storedPath(long datasetId) {
        return jdbc.sql("select stored_path from mapping.dataset where id = ?")
                .param(datasetId)
                .query(String.class)
                .optional();
    }

    public List<BadRow> problems(long datasetId) {
        return jdbc.sql("""
                        select line, field, reason from mapping.dataset_problem where dataset_id = ?
                        order by line, field""").param(datasetId).query(BadRow.class).list();
    }

    public long insertRun(RunParameters parameters, String by) {
        return jdbc.sql("""
                        insert into mapping.run(dataset_id, eps_km, min_units, min_weight, weight_column, grouping,
                                                definition_code, started_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        parameters.datasetId(),
                        parameters.epsKm(),
                        parameters.minUnits(),
                        parameters.minWeight(),
                        parameters.weightColumn().orElse(null),
                        parameters.grouping(),
                        parameters.definitionCode().orElse(null),
                        by)
                .query(Long.class)
                .single();
    }

    public void attachJob(long runId, JobId job) {
        jdbc.sql("update mapping.run set job_id = ? where id = ?")
                .params(job.value(), runId)
                .update();
    }

    public void finishRun(long runId, long firms, int candidates, int registered, int fresh, int notFound) {
        jdbc.sql("""
                        update mapping.run set status = 'DONE', firms = ?, candidates = ?, registered = ?,
                               new_candidates = ?, not_found = ?
                        where id = ?""")
                .params(firms, candidates, registered, fresh, notFound, runId)
                .update();
    }

    private static final String RUN_COLUMNS = """
            select r.*, d.file_name from mapping.run r join mapping.dataset d on d.id = r.dataset_id
            """;

    public List<RunView> runs() {
        return jdbc.sql(RUN_COLUMNS + " order by r.id desc")
                .query(MappingTables::run)
                .list();
    }

    public Optional<RunView> run(long id) {
        return jdbc.sql(RUN_COLUMNS + " where r.id = ?")
                .param(id)
                .query(MappingTables::run)
                .optional();
    }

    private static RunView run(ResultSet rs, int n) throws SQLException {
        UUID job = rs.getObject("job_id", UUID.class);
        return new RunView(
                rs.getLong("id"),
                rs.getLong("dataset_id"),
                rs.getString("file_name"),
                rs.getDouble("eps_km"),
                rs.getInt("min_units"),
                rs.getDouble("min_weight"),
                Optional.ofNullable(rs.getString("weight_column")),
                rs.getString("grouping"),
                Optional.ofNullable(rs.getString("definition_code")),
                Optional.ofNullable(job).map(JobId::new),
                "DONE".equals(rs.getString("status")),
                rs.getLong("firms"),
                rs.getInt("candidates"),
                rs.getInt("registered"),
                rs.getInt("new_candidates"),
                rs.getInt("not_found"),
                rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant());
    }

    /** A candidate as the job found it, before any review. */
    public record NewCandidate(
            long runId,
            String groupCode,
            String groupName,
            int clusterNumber,
            double latitude,
            double longitude,
            int coreUnits,
            int borderUnits,
            double employment,
            double turnoverInr,
            double exportsInr,
            double extentKm,
            String states,
            String districts,
            String nicCodes,
            Optional<Integer> stateCode,
            Optional<String> districtName,
            Optional<Long> registryClusterId,
            Optional<Double> artisans,
            Optional<Double> looms,
            Optional<Double> families,
            List<String> definitionsMet) {}

    public void insertCandidate(NewCandidate c) {
        jdbc.sql("""
                        insert into mapping.candidate(run_id, group_code, group_name, cluster_number, latitude, longitude,
                               core_units, border_units, employment, turnover_inr, exports_inr, extent_km, states,
                               districts, nic_codes, state_code, district_name, registry_cluster_id, comparison,
                               artisans, looms, families, definitions_met)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        c.runId(),
                        c.groupCode(),
                        c.groupName(),
                        c.clusterNumber(),
                        c.latitude(),
                        c.longitude(),
                        c.coreUnits(),
                        c.borderUnits(),
                        c.employment(),
                        c.turnoverInr(),
                        c.exportsInr(),
                        c.extentKm(),
                        c.states(),
                        c.districts(),
                        c.nicCodes(),
                        c.stateCode().orElse(null),
                        c.districtName().orElse(null),
                        c.registryClusterId().orElse(null),
                        (c.registryClusterId().isPresent() ? Comparison.REGISTERED : Comparison.NEW).name(),
                        c.artisans().orElse(null),
                        c.looms().orElse(null),
                        c.families().orElse(null),
                        c.definitionsMet().toArray(String[]::new))
                .update();
    }

    public void insertNotFound(long runId, MissingCluster missing) {
        jdbc.sql("insert into mapping.not_found(run_id, registry_cluster_id, name, group_code) values (?, ?, ?, ?)")
                .params(runId, missing.registryClusterId(), missing.name(), missing.groupCode())
                .update();
    }

    public List<CandidateView> candidates(long runId) {
        return jdbc.sql("select * from mapping.candidate where run_id = ? order by group_code, cluster_number")
                .param(runId)
                .query(MappingTables::candidate)
                .list();
    }

    /** One page of a run's candidates, of one comparison or of both, by group and number. */
    public List<CandidateView> candidates(long runId, Optional<Comparison> shown, int offset, int limit) {
        return jdbc.sql("""
                        select * from mapping.candidate
                        where run_id = :run and (:all or comparison = :shown)
                        order by group_code, cluster_number offset :offset limit :limit""")
                .param("run", runId)
                .param("all", shown.isEmpty())
                .param("shown", shown.map(Enum::name).orElse(""))
                .param("offset", offset)
                .param("limit", limit)
                .query(MappingTables::candidate)
                .list();
    }

    /** How many candidates of a run compare each way. */
    public Map<Comparison, Long> candidateCounts(long runId) {
        Map<Comparison, Long> counts = new EnumMap<>(Comparison.class);
        for (Comparison comparison : Comparison.values()) {
            counts.put(comparison, 0L);
        }
        jdbc.sql("select comparison, count(*) as n from mapping.candidate where run_id = ? group by comparison")
                .param(runId)
                .query(rs -> {
                    counts.put(Comparison.valueOf(rs.getString("comparison")), rs.getLong("n"));
                });
        return counts;
    }

    public Optional<CandidateView> candidate(long id) {
        return jdbc.sql("select * from mapping.candidate where id = ?")
                .param(id)
                .query(MappingTables::candidate)
                .optional();
    }

    public List<MissingCluster> notFound(long runId) {
        return jdbc.sql("""
                        select registry_cluster_id, name, group_code from mapping.not_found where run_id = ?
                        order by group_code, name""").param(runId).query(MissingCluster.class).list();
    }

    /** Stores a review transition, provided nobody changed the candidate since it was read. */
    public boolean saveReview(CandidateView before, FieldReview after) {
        return jdbc.sql("""
                                update mapping.candidate set review = ?, reviewer = ?, note = ?, confidence = ?,
                                       promoted_cluster_id = ?, version = version + 1
                                where id = ? and review = ? and promoted_cluster_id is not distinct from ?""")
                        .params(
                                after.review().name(),
                                after.reviewer().orElse(null),
                                after.note().orElse(null),
                                after.confidence().map(Enum::name).orElse(null),
                                after.promotedClusterId().orElse(null),
                                before.id(),
                                before.review().name(),
                                before.promotedClusterId().orElse(null))
                        .update()
                == 1;
    }

    private static CandidateView candidate(ResultSet rs, int n) throws SQLException {
        return new CandidateView(
                rs.getLong("id"),
                rs.getLong("run_id"),
                rs.getString("group_code"),
                rs.getString("group_name"),
                rs.getInt("cluster_number"),
                rs.getDouble("latitude"),
                rs.getDouble("longitude"),
                rs.getInt("core_units"),
                rs.getInt("border_units"),
                rs.getDouble("employment"),
                rs.getDouble("turnover_inr"),
                rs.getDouble("exports_inr"),
                rs.getDouble("extent_km"),
                rs.getString("states"),
                rs.getString("districts"),
                rs.getString("nic_codes"),
                Optional.ofNullable((Integer) rs.getObject("state_code")),
                Optional.ofNullable(rs.getString("district_name")),
                Optional.ofNullable((Long) rs.getObject("registry_cluster_id")),
                Comparison.valueOf(rs.getString("comparison")),
                Review.valueOf(rs.getString("review")),
                Optional.ofNullable(rs.getString("reviewer")),
                Optional.ofNullable(rs.getString("note")),
                Optional.ofNullable(rs.getString("confidence")).map(Confidence::valueOf),
                Optional.ofNullable((Long) rs.getObject("promoted_cluster_id")),
                Optional.ofNullable((Double) rs.getObject("artisans")),
                Optional.ofNullable((Double) rs.getObject("looms")),
                Optional.ofNullable((Double) rs.getObject("families")),
                List.of((String[]) rs.getArray("definitions_met").getArray()));
    }
}
