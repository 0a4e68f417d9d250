package org.clusterdev.programme.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterdev.programme.CatalogueActivity;
import org.clusterdev.programme.FundingSource;
import org.clusterdev.programme.PlanActivity;
import org.clusterdev.programme.PlanActivityDraft;
import org.clusterdev.programme.PlanBudgetLine;
import org.clusterdev.programme.PlanTerms;
import org.clusterdev.programme.PlanVersion;
import org.clusterdev.programme.SupportKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind action plans: {@code programme.action_plan}, its versions, activities and budget lines. */
@Repository
public class PlanRows {

    private static final String VERSION_COLUMNS = """
            select id, number, status, reason, created_by, created_at, approved_by, approved_at, starts_on,
                   duration_years, spv_members, largest_member_equity, land_cost
            from programme.plan_version""";

    private final JdbcClient jdbc;

    PlanRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan of an intervention: its id and its lock version. */
    public Optional<PlanRef> plan(long interventionId) {
        return jdbc.sql("select id, version from programme.action_plan where intervention_id = ?")
                .param(interventionId)
                .query((rs, n) -> new PlanRef(rs.getLong("id"), rs.getInt("version")))
                .optional();
    }

    /** A plan's id and the version that guards it against concurrent changes. */
    public record PlanRef(long id, int version) {}

    public long createPlan(long interventionId) {
        return jdbc.sql("insert into programme.action_plan (intervention_id) values (?) returning id")
                .param(interventionId)
                .query(Long.class)
                .single();
    }

    /** Takes the plan's lock for a change, when its version is still the expected one. */
    public boolean lock(long planId, int expectedVersion) {
        return jdbc.sql("update programme.action_plan set version = version + 1 where id = ? and version = ?")
                        .params(planId, expectedVersion)
                        .update()
                == 1;
    }

    public long insertVersion(long planId, int number, String reason, String createdBy, PlanTerms terms) {
        return jdbc.sql("""
                        insert into programme.plan_version (plan_id, number, status, reason, created_by, starts_on,
                            duration_years, spv_members, largest_member_equity, land_cost)
                        values (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        planId,
                        number,
                        reason,
                        createdBy,
                        terms.startsOn(),
                        terms.durationYears(),
                        terms.spvMembers().orElse(null),
                        terms.largestMemberEquity().orElse(null),
                        terms.landCost().orElse(null))
                .query(Long.class)
                .single();
    }

    public void updateTerms(long versionId, PlanTerms terms) {
        jdbc.sql("""
                        update programme.plan_version set starts_on = ?, duration_years = ?, spv_members = ?,
                            largest_member_equity = ?, land_cost = ?
                        where id = ?""")
                .params(
                        terms.startsOn(),
                        terms.durationYears(),
                        terms.spvMembers().orElse(null),
                        terms.largestMemberEquity().orElse(null),
                        terms.landCost().orElse(null),
                        versionId)
                .update();
    }

    /** Copies the activities and budget lines of one version into another, keeping the activity keys. */
    public void copyContent(long fromVersionId, long toVersionId) {
        jdbc.sql("""
                        insert into programme.plan_activity (version_id, activity_key, activity_type_code, title,
                            matrix_intervention, matrix_nature, support, starts_on, ends_on, responsible, outputs,
                            indicators)
                        select ?, activity_key, activity_type_code, title, matrix_intervention, matrix_nature, support,
                               starts_on, ends_on, responsible, outputs, indicators
                        from programme.plan_activity where version_id = ?""").params(toVersionId, fromVersionId).update();
        jdbc.sql("""
                        insert into programme.plan_budget_line (version_id, activity_key, plan_year, source, amount)
                        select ?, activity_key, plan_year, source, amount
                        from programme.plan_budget_line where version_id = ? order by id""").params(toVersionId, fromVersionId).update();
    }

    public void approve(long planId, long versionId, String approvedBy) {
        jdbc.sql("update programme.plan_version set status = 'SUPERSEDED' where plan_id = ? and status = 'APPROVED'")
                .param(planId)
                .update();
        jdbc.sql("""
                        update programme.plan_version set status = 'APPROVED', approved_by = ?, approved_at = now()
                        where id = ?""").params(approvedBy, versionId).update();
    }

    public int nextActivityKey(long planId) {
        return jdbc.sql("""
                        select coalesce(max(a.activity_key), 0) + 1
                        from programme.plan_activity a join programme.plan_version v on v.id = a.version_id
                        where v.plan_id = ?""").param(planId).query(Integer.class).single();
    }

    /** Stores an activity of a draft under its key, replacing one stored under the same key. */
    public void saveActivity(long versionId, int key, PlanActivityDraft draft, CatalogueActivity type) {
        deleteActivity(versionId, key);
        jdbc.sql("""
                        insert into programme.plan_activity (version_id, activity_key, activity_type_code, title,
                            matrix_intervention, matrix_nature, support, starts_on, ends_on, responsible, outputs,
                            indicators)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        versionId,
                        key,
                        type.code(),
                        draft.title(),
                        draft.matrixIntervention().orElse(type.matrixIntervention()),
                        draft.matrixNature().orElse(type.matrixNature()),
                        type.support().name(),
                        draft.startsOn(),
                        draft.endsOn(),
                        draft.responsible(),
                        draft.outputs(),
                        draft.indicators())
                .update();
        insertLines(versionId, Optional.of(key), draft.lines());
    }

    /** Removes an activity and its budget lines from a draft; false when it has no such activity. */
    public boolean deleteActivity(long versionId, int key) {
        jdbc.sql("delete from programme.plan_budget_line where version_id = ? and activity_key = ?")
                .params(versionId, key)
                .update();
        return jdbc.sql("delete from programme.plan_activity where version_id = ? and activity_key = ?")
                        .params(versionId, key)
                        .update()
                == 1;
    }

    public void replaceManagementLines(long versionId, List<PlanBudgetLine> lines) {
        jdbc.sql("delete from programme.plan_budget_line where version_id = ? and activity_key is null")
                .param(versionId)
                .update();
        insertLines(versionId, Optional.empty(), lines);
    }

    private void insertLines(long versionId, Optional<Integer> key, List<PlanBudgetLine> lines) {
        for (PlanBudgetLine line : lines) {
            jdbc.sql("""
                            insert into programme.plan_budget_line (version_id, activity_key, plan_year, source, amount)
                            values (?, ?, ?, ?, ?)""")
                    .params(
                            versionId,
                            key.orElse(null),
                            line.year(),
                            line.source().name(),
                            line.amount())
                    .update();
        }
    }

    /** Every version of the plan, oldest first, complete. */
    public List<PlanVersion> versions(long planId) {
        return jdbc
                .sql(VERSION_COLUMNS + " where plan_id = ? order by number")
                .param(planId)
                .query((rs, n) -> rs.getLong("id"))
                .list()
                .stream()
                .map(this::version)
                .flatMap(Optional::stream)
                .toList();
    }

    /** One version, complete. */
    public Optional<PlanVersion> version(long versionId) {
        List<PlanBudgetLine> all = jdbc.sql("""
                        select activity_key, plan_year, source, amount from programme.plan_budget_line
                        where version_id = ? order by plan_year, source, id""")
                .param(versionId)
                .query((rs, n) -> new PlanBudgetLine(
                        Optional.ofNullable((Integer) rs.getObject("activity_key")),
                        rs.getInt("plan_year"),
                        FundingSource.valueOf(rs.getString("source")),
                        rs.getLong("amount")))
                .list();
        List<PlanBudgetLine> lines =
                all.stream().filter(line -> line.activityKey().isEmpty()).toList();
        Map<Integer, List<PlanBudgetLine>> byActivity = all.stream()
                .filter(line -> line.activityKey().isPresent())
                .collect(Collectors.groupingBy(line -> line.activityKey().get()));
        List<PlanActivity> activities = jdbc.sql("""
                        select a.*, t.name as type_name, t.research
                        from programme.plan_activity a join programme.activity_type t on t.code = a.activity_type_code
                        where a.version_id = ? order by a.starts_on, a.activity_key""")
                .param(versionId)
                .query((rs, n) -> activity(rs, byActivity.getOrDefault(rs.getInt("activity_key"), List.of())))
                .list();
        return jdbc.sql(VERSION_COLUMNS + " where id = ?")
                .param(versionId)
                .query((rs, n) -> version(rs, activities, lines))
                .optional();
    }

    public List<CatalogueActivity> catalogue() {
        return jdbc.sql("""
                        select code, category_code, name, support, matrix_intervention, matrix_nature, research
                        from programme.activity_type order by category_code, position""").query((rs, n) -> catalogueEntry(rs)).list();
    }

    public Optional<CatalogueActivity> catalogue(String code) {
        return jdbc.sql("""
                        select code, category_code, name, support, matrix_intervention, matrix_nature, research
                        from programme.activity_type where code = ?""").param(code).query((rs, n) -> catalogueEntry(rs)).optional();
    }

    private static CatalogueActivity catalogueEntry(ResultSet rs) throws SQLException {
        return new CatalogueActivity(
                rs.getString("code"),
                rs.getString("category_code"),
                rs.getString("name"),
                SupportKind.valueOf(rs.getString("support")),
                rs.getString("matrix_intervention"),
                rs.getString("matrix_nature"),
                rs.getBoolean("research"));
    }

    private static PlanActivity activity(ResultSet rs, List<PlanBudgetLine> lines) throws SQLException {
        return new PlanActivity(
                rs.getInt("activity_key"),
                rs.getString("activity_type_code"),
                rs.getString("type_name"),
                rs.getString("title"),
                rs.getString("matrix_intervention"),
                rs.getString("matrix_nature"),
                SupportKind.valueOf(rs.getString("support")),
                rs.getBoolean("research"),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(),
                rs.getString("responsible"),
                rs.getString("outputs"),
                rs.getString("indicators"),
                List.copyOf(lines));
    }

    private static PlanVersion version(ResultSet rs, List<PlanActivity> activities, List<PlanBudgetLine> management)
            throws SQLException {
        Timestamp approvedAt = rs.getTimestamp("approved_at");
        return new PlanVersion(
                rs.getLong("id"),
                rs.getInt("number"),
                PlanVersion.Status.valueOf(rs.getString("status")),
                rs.getString("reason"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                Optional.ofNullable(rs.getString("approved_by")),
                Optional.ofNullable(approvedAt).map(Timestamp::toInstant),
                new PlanTerms(
                        rs.getDate("starts_on").toLocalDate(),
                        rs.getInt("duration_years"),
                        Optional.ofNullable((Integer) rs.getObject("spv_members")),
                        Optional.ofNullable(rs.getBigDecimal("largest_member_equity")),
                        Optional.ofNullable((Long) rs.getObject("land_cost"))),
                activities,
                List.copyOf(management));
    }
}
