package org.clusterdev.monitoring;

import java.util.UUID;
import org.clusterdev.programme.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A scheme of its own for each test, with interventions stored as rows in the stage a test needs, so figures
 * added up per scheme are the test's own whatever else the shared database holds.
 */
final class ReviewFixture {

    static final long LAKH = 100_000;

    private final JdbcClient jdbc;

    ReviewFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new scheme with a code unique to this run. */
    String scheme(String name) {
        String code = "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        jdbc.sql(
                        "insert into programme.scheme (code, name, institution, owner, source) values (?, ?, 'Test ministry', 'Test ministry', 'test')")
                .params(code, name)
                .update();
        return code;
    }

    /** A new intervention of the scheme in the named sample cluster, in the stage given. */
    long intervention(String scheme, String clusterName, Stage stage) {
        record Cluster(long id, int stateCode) {}
        Cluster cluster = jdbc.sql("select id, state_code from registry.cluster where name = ?")
                .param(clusterName)
                .query((rs, n) -> new Cluster(rs.getLong("id"), rs.getInt("state_code")))
                .single();
        return jdbc.sql("""
                        insert into programme.intervention (cluster_id, state_code, scheme_code, title, stage,
                            closed_reason)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        cluster.id(),
                        cluster.stateCode(),
                        scheme,
                        "Development of " + clusterName + " under " + scheme,
                        stage.name(),
                        stage == Stage.CLOSED ? "test" : null)
                .query(Long.class)
                .single();
    }

    /** A money event on the intervention's ledger, in rupees. */
    void money(long intervention, String kind, String source, long amount) {
        Integer tranche = kind.equals("RELEASE") || kind.equals("UTILISATION_CERTIFICATE") ? 1 : null;
        jdbc.sql("""
                        insert into programme.funding_entry (intervention_id, kind, source, amount, tranche, on_date,
                            recorded_by)
                        values (?, ?, ?, ?, ?, date '2025-06-01', 'test')""").params(intervention, kind, source, amount, tranche).update();
    }

    /** An implementation activity carried out, with its cost and who led it. */
    void activity(long intervention, long cost, String ledBy) {
        jdbc.sql("""
                        insert into programme.implementation_activity (intervention_id, title, started_on, cost_rupees,
                            participants, outputs, led_by, recorded_by)
                        values (?, 'Test activity', date '2025-05-01', ?, 10, 'outputs', ?, 'test')""").params(intervention, cost, ledBy).update();
    }
}
