package org.clusterdev.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Interventions and plans for the integration tests: an intervention row stored as the lifecycle stores it, on a
 * sample cluster of the registry, and a plan that passes every funding rule.
 */
final class InterventionFixture {

    static final LocalDate START = LocalDate.of(2027, 4, 1);
    static final long LAKH = 100_000;

    private final JdbcClient jdbc;

    InterventionFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new intervention of the scheme in the named sample cluster, standing in the given stage. */
    InterventionRef intervention(String clusterName, String scheme, Stage stage) {
        record Cluster(long id, int stateCode) {}
        Cluster cluster = jdbc.sql("select id, state_code from registry.cluster where name = ?")
                .param(clusterName)
                .query((rs, n) -> new Cluster(rs.getLong("id"), rs.getInt("state_code")))
                .single();
        long id = jdbc.sql("""
                        insert into programme.intervention (cluster_id, state_code, scheme_code, title, stage)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(cluster.id(), cluster.stateCode(), scheme, "Development of " + clusterName, stage.name())
                .query(Long.class)
                .single();
        return new InterventionRef(id, cluster.id(), scheme, cluster.stateCode(), stage);
    }

    /** Training in every year of five, rising then falling, a third paid by the firms. */
    static PlanActivityDraft training() {
        long[] central = {6, 6, 12, 8, 6};
        List<PlanBudgetLine> lines = new java.util.ArrayList<>();
        for (int year = 1; year <= 5; year++) {
            lines.add(line(year, FundingSource.CENTRAL, central[year - 1] * LAKH));
            lines.add(line(year, FundingSource.BENEFICIARY, 5 * LAKH));
        }
        return new PlanActivityDraft(
                "CB07",
                "Skill training for machinists",
                Optional.empty(),
                Optional.empty(),
                START,
                START.plusMonths(6),
                "Rajkot Engineering Association",
                "200 machinists trained",
                "machinists certified",
                lines);
    }

    /** A trade fair in year 2, entirely public: fine within a plan, refused alone. */
    static PlanActivityDraft tradeFair(long central) {
        return new PlanActivityDraft(
                "MD14",
                "Stall at the engineering expo",
                Optional.empty(),
                Optional.empty(),
                START.plusYears(1),
                START.plusYears(1).plusMonths(1),
                "CDA",
                "one fair",
                "orders booked",
                List.of(line(2, FundingSource.CENTRAL, central)));
    }

    static List<PlanBudgetLine> management() {
        return List.of(line(1, FundingSource.CENTRAL, 2 * LAKH), line(1, FundingSource.BENEFICIARY, 2 * LAKH));
    }

    static PlanTerms fiveYears() {
        return new PlanTerms(START, 5, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static PlanBudgetLine line(int year, FundingSource source, long amount) {
        return new PlanBudgetLine(Optional.empty(), year, source, amount);
    }
}
