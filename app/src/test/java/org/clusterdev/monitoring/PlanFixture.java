package org.clusterdev.monitoring;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Action plans, implementation records and ledger entries stored as rows of the programme's tables, so that
 * progress against plan is tested on figures written out by hand rather than through the lifecycle rules.
 */
final class PlanFixture {

    private final JdbcClient jdbc;

    PlanFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan version of the intervention (the plan is created with the first), APPROVED, SUPERSEDED or DRAFT. */
    long version(long intervention, int number, String status, LocalDate startsOn, int years) {
        long plan = jdbc.sql("select id from programme.action_plan where intervention_id = ?")
                .param(intervention)
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("insert into programme.action_plan (intervention_id) values (?) returning id")
                        .param(intervention)
                        .query(Long.class)
                        .single());
        boolean draft = status.equals("DRAFT");
        return jdbc.sql("""
                        insert into programme.plan_version (plan_id, number, status, reason, created_by, approved_by,
                               approved_at, starts_on, duration_years)
                        values (?, ?, ?, 'test plan', 'test', ?, ?, ?, ?) returning id""")
                .params(
                        plan,
                        number,
                        status,
                        draft ? null : "approver",
                        draft ? null : java.sql.Timestamp.from(java.time.Instant.now()),
                        startsOn,
                        years)
                .query(Long.class)
                .single();
    }

    /** An activity of a version in a cell of the matrix, with its budget in plan year {@code year}. */
    void activity(
            long version,
            int key,
            String type,
            String title,
            String intervention,
            String nature,
            LocalDate startsOn,
            LocalDate endsOn,
            int year,
            long... amounts) {
        jdbc.sql("""
                        insert into programme.plan_activity (version_id, activity_key, activity_type_code, title,
                               matrix_intervention, matrix_nature, support, starts_on, ends_on, responsible)
                        values (?, ?, ?, ?, ?, ?, 'SOFT', ?, ?, 'Association')""")
                .params(version, key, type, title, intervention, nature, startsOn, endsOn)
                .update();
        String[] sources = {"CENTRAL", "BENEFICIARY", "STATE"};
        for (int i = 0; i < amounts.length; i++) {
            jdbc.sql("""
                            insert into programme.plan_budget_line (version_id, activity_key, plan_year, source, amount)
                            values (?, ?, ?, ?, ?)""").params(version, key, year, sources[i], amounts[i]).update();
        }
    }

    /** An implementation record, finished or not, with or without a catalogue entry. */
    void done(long intervention, String code, String title, LocalDate startedOn, LocalDate finishedOn, long cost) {
        jdbc.sql("""
                        insert into programme.implementation_activity (intervention_id, activity_code, title, started_on,
                               finished_on, cost_rupees, participants, outputs, led_by, recorded_by)
                        values (?, ?, ?, ?, ?, ?, 10, 'outputs', 'IMPLEMENTING_AGENCY', 'test')""")
                .params(intervention, code, title, startedOn, finishedOn, cost)
                .update();
    }

    /** A ledger entry on a day; releases take the tranche given. */
    void money(long intervention, String kind, long amount, LocalDate on, Integer tranche) {
        jdbc.sql("""
                        insert into programme.funding_entry (intervention_id, kind, source, amount, tranche, on_date,
                               recorded_by)
                        values (?, ?, 'CENTRAL', ?, ?, ?, 'test')""").params(intervention, kind, amount, tranche, on).update();
    }
}
