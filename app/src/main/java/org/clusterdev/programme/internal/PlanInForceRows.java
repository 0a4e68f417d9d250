package org.clusterdev.programme.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.programme.LedgerTotals;
import org.clusterdev.programme.PlannedActivity;
import org.clusterdev.programme.Stage;
import org.clusterdev.programme.SupportKind;
import org.clusterdev.programme.WorkDone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind {@link org.clusterdev.programme.PlansInForce}: the activities of approved plan versions, the
 * implementation records and the ledger sums of interventions, narrowed by scheme, state or intervention (an
 * empty scheme, state 0 or intervention 0 narrows nothing).
 */
@Repository
public class PlanInForceRows {

    private static final String VERSIONS = """
            from programme.plan_version v
            join programme.action_plan p on p.id = v.plan_id
            join programme.intervention i on i.id = p.intervention_id
            """;

    private static final String IN_FORCE = """
            where v.status = 'APPROVED'
              and (:scheme = '' or i.scheme_code = :scheme)
              and (:state = 0 or i.state_code = :state)
              and (:intervention = 0 or i.id = :intervention)
            """;

    private final JdbcClient jdbc;

    PlanInForceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What narrows a read. */
    public record Filter(String scheme, int state, long intervention) {}

    /** The activities of the approved versions, by intervention, start and key. */
    public List<PlannedActivity> activities(Filter filter) {
        Map<String, Map<Integer, Long>> budgets = budgets(filter);
        return jdbc.sql("""
                        select i.id as intervention_id, i.title as intervention_title, i.cluster_id, i.state_code,
                               i.scheme_code, i.stage, v.id as version_id, v.number, v.starts_on as plan_starts_on,
                               a.activity_key, a.activity_type_code, a.title, a.matrix_intervention, a.matrix_nature,
                               a.support, a.starts_on, a.ends_on
                        """ + VERSIONS + "join programme.plan_activity a on a.version_id = v.id\n" + IN_FORCE + """
                        order by i.id, a.starts_on, a.activity_key""")
                .param("scheme", filter.scheme())
                .param("state", filter.state())
                .param("intervention", filter.intervention())
                .query((rs, n) -> new PlannedActivity(
                        rs.getLong("intervention_id"),
                        rs.getString("intervention_title"),
                        rs.getLong("cluster_id"),
                        rs.getInt("state_code"),
                        rs.getString("scheme_code"),
                        Stage.valueOf(rs.getString("stage")),
                        rs.getInt("number"),
                        rs.getInt("activity_key"),
                        rs.getString("activity_type_code"),
                        rs.getString("title"),
                        rs.getString("matrix_intervention"),
                        rs.getString("matrix_nature"),
                        SupportKind.valueOf(rs.getString("support")),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getObject("plan_starts_on", LocalDate.class),
                        budgets.getOrDefault(rs.getLong("version_id") + "/" + rs.getInt("activity_key"), Map.of())))
                .list();
    }

    /** The implementation records of the interventions with a plan in force, by start. */
    public List<WorkDone> workDone(Filter filter) {
        return jdbc.sql("""
                        select w.id, w.intervention_id, w.activity_code, w.title, w.started_on, w.finished_on,
                               w.cost_rupees
                        from programme.implementation_activity w
                        where w.intervention_id in (select i.id
                        """ + VERSIONS + IN_FORCE + """
                        )
                        order by w.intervention_id, w.started_on, w.id""")
                .param("scheme", filter.scheme())
                .param("state", filter.state())
                .param("intervention", filter.intervention())
                .query((rs, n) -> new WorkDone(
                        rs.getLong("id"),
                        rs.getLong("intervention_id"),
                        Optional.ofNullable(rs.getString("activity_code")),
                        rs.getString("title"),
                        rs.getObject("started_on", LocalDate.class),
                        Optional.ofNullable(rs.getObject("finished_on", LocalDate.class)),
                        rs.getLong("cost_rupees")))
                .list();
    }

    /** The ledger sums of every intervention with a ledger entry, by intervention. */
    public List<LedgerTotals> ledgers(Filter filter, LocalDate releasedBefore) {
        return jdbc.sql("""
                        select i.id, i.title, i.cluster_id, i.state_code, i.scheme_code, i.stage,
                            coalesce(sum(e.amount) filter (where e.kind = 'SANCTION'), 0) as sanctioned,
                            coalesce(sum(e.amount) filter (where e.kind = 'RELEASE'), 0) as released,
                            coalesce(sum(e.amount) filter (where e.kind = 'RELEASE' and e.on_date < :before), 0)
                                as released_before,
                            coalesce(sum(e.amount) filter (where e.kind = 'EXPENDITURE'), 0) as spent
                        from programme.intervention i
                        join programme.funding_entry e on e.intervention_id = i.id
                        where (:scheme = '' or i.scheme_code = :scheme)
                          and (:state = 0 or i.state_code = :state)
                          and (:intervention = 0 or i.id = :intervention)
                        group by i.id
                        order by i.id""")
                .param("scheme", filter.scheme())
                .param("state", filter.state())
                .param("intervention", filter.intervention())
                .param("before", releasedBefore)
                .query((rs, n) -> new LedgerTotals(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getLong("cluster_id"),
                        rs.getInt("state_code"),
                        rs.getString("scheme_code"),
                        Stage.valueOf(rs.getString("stage")),
                        rs.getLong("sanctioned"),
                        rs.getLong("released"),
                        rs.getLong("released_before"),
                        rs.getLong("spent")))
                .list();
    }

    private Map<String, Map<Integer, Long>> budgets(Filter filter) {
        Map<String, Map<Integer, Long>> budgets = new HashMap<>();
        jdbc.sql("""
                        select b.version_id, b.activity_key, b.plan_year, sum(b.amount) as amount
                        from programme.plan_budget_line b
                        where b.activity_key is not null and b.version_id in (select v.id
                        """ + VERSIONS + IN_FORCE + """
                        )
                        group by b.version_id, b.activity_key, b.plan_year""")
                .param("scheme", filter.scheme())
                .param("state", filter.state())
                .param("intervention", filter.intervention())
                .query(rs -> {
                    budgets.computeIfAbsent(
                                    rs.getLong("version_id") + "/" + rs.getInt("activity_key"),
                                    key -> new LinkedHashMap<>())
                            .put(rs.getInt("plan_year"), rs.getLong("amount"));
                });
        return budgets;
    }
}
