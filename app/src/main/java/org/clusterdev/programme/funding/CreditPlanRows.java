package org.clusterdev.programme.funding;

import java.util.List;
import java.util.Optional;
import org.clusterdev.programme.CreditPlan;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind cluster credit plans, their banks and SLBC reviews. */
@Repository
public class CreditPlanRows {

    private final JdbcClient jdbc;

    CreditPlanRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CreditPlan> ofIntervention(long interventionId) {
        return jdbc
                .sql("select id from programme.credit_plan where intervention_id = ? order by plan_year")
                .param(interventionId)
                .query(Long.class)
                .list()
                .stream()
                .map(this::find)
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<CreditPlan> find(long id) {
        List<CreditPlan.BankCredit> banks = jdbc.sql("""
                        select bank, sanctioned, disbursed from programme.credit_plan_bank
                        where credit_plan_id = ? order by bank""")
                .param(id)
                .query((rs, n) -> new CreditPlan.BankCredit(
                        rs.getString("bank"), rs.getLong("sanctioned"), rs.getLong("disbursed")))
                .list();
        List<CreditPlan.Review> reviews = jdbc.sql("""
                        select reviewed_on, remarks, recorded_by from programme.credit_plan_review
                        where credit_plan_id = ? order by reviewed_on, id""")
                .param(id)
                .query((rs, n) -> new CreditPlan.Review(
                        rs.getDate("reviewed_on").toLocalDate(), rs.getString("remarks"), rs.getString("recorded_by")))
                .list();
        return jdbc.sql("""
                        select id, intervention_id, plan_year, credit_need, purpose, version
                        from programme.credit_plan where id = ?""")
                .param(id)
                .query((rs, n) -> new CreditPlan(
                        rs.getLong("id"),
                        rs.getLong("intervention_id"),
                        rs.getInt("plan_year"),
                        rs.getLong("credit_need"),
                        rs.getString("purpose"),
                        rs.getInt("version"),
                        banks,
                        reviews))
                .optional();
    }

    public long insert(long interventionId, int year, long need, String purpose, String createdBy) {
        try {
            return jdbc.sql("""
                            insert into programme.credit_plan (intervention_id, plan_year, credit_need, purpose, created_by)
                            values (?, ?, ?, ?, ?) returning id""")
                    .params(interventionId, year, need, purpose, createdBy)
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("year: the intervention already has a credit plan for " + year, e);
        }
    }

    /** Takes the plan's lock for a change, when its version is still the expected one. */
    public boolean lock(long id, int expectedVersion) {
        return jdbc.sql("update programme.credit_plan set version = version + 1 where id = ? and version = ?")
                        .params(id, expectedVersion)
                        .update()
                == 1;
    }

    public void saveBank(long id, CreditPlan.BankCredit bank) {
        jdbc.sql("""
                        insert into programme.credit_plan_bank (credit_plan_id, bank, sanctioned, disbursed)
                        values (?, ?, ?, ?)
                        on conflict (credit_plan_id, bank) do update
                            set sanctioned = excluded.sanctioned, disbursed = excluded.disbursed""")
                .params(id, bank.bank(), bank.sanctioned(), bank.disbursed())
                .update();
    }

    public void insertReview(long id, CreditPlan.Review review) {
        jdbc.sql("""
                        insert into programme.credit_plan_review (credit_plan_id, reviewed_on, remarks, recorded_by)
                        values (?, ?, ?, ?)""")
                .params(id, review.reviewedOn(), review.remarks(), review.recordedBy())
                .update();
    }
}
