package org.clusterdev.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.programme.funding.CreditPlanRows;
import org.clusterdev.programme.funding.InterventionAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cluster credit plans (seed 001 slide 23): the implementing agency, resource organisation or CDA records the
 * cluster's credit needs and the banks linked with the credit they sanctioned and disbursed; the scheme's side
 * (state cell and national roles) records the reviews of the state level bankers' committee. Every change is
 * audited and names the version it was made on.
 */
@Service
public class CreditPlans {

    private final CreditPlanRows rows;
    private final InterventionAccess access;
    private final AuditTrail audit;

    CreditPlans(CreditPlanRows rows, InterventionAccess access, AuditTrail audit) {
        this.rows = rows;
        this.access = access;
        this.audit = audit;
    }

    /** The credit plans of an intervention, by year. */
    public List<CreditPlan> ofIntervention(long interventionId) {
        access.require(interventionId, InterventionAccess.READERS);
        return rows.ofIntervention(interventionId);
    }

    /** Whether the current user may record SLBC reviews for the intervention. */
    public boolean mayReview(long interventionId) {
        return access.find(interventionId)
                .map(i -> access.holds(InterventionAccess.DECIDERS, i))
                .orElse(false);
    }

    /**
     * Starts the credit plan of a year.
     *
     * @throws IllegalArgumentException "field: reason" for a year outside 2000-2100, a negative need, or a year
     *     that already has a plan
     */
    @Transactional
    public CreditPlan create(long interventionId, int year, long creditNeed, String purpose) {
        access.require(interventionId, InterventionAccess.PLANNERS);
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year: give the financial year it starts in, e.g. 2027");
        }
        if (creditNeed < 0) {
            throw new IllegalArgumentException("creditNeed: cannot be negative");
        }
        long id = rows.insert(interventionId, year, creditNeed, purpose == null ? "" : purpose.strip(), access.actor());
        CreditPlan plan = rows.find(id).orElseThrow();
        audit.record("CREATE", "credit_plan", Long.toString(id), Optional.empty(), Optional.of(plan));
        return plan;
    }

    /** Links a bank to the plan, or changes what a linked bank sanctioned and disbursed. */
    @Transactional
    public CreditPlan linkBank(long interventionId, long planId, int expectedVersion, CreditPlan.BankCredit bank) {
        access.require(interventionId, InterventionAccess.PLANNERS);
        CreditPlan before = locked(interventionId, planId, expectedVersion);
        rows.saveBank(planId, bank);
        return audited("BANK", before);
    }

    /** Records a review by the state level bankers' committee. */
    @Transactional
    public CreditPlan review(long interventionId, long planId, int expectedVersion, LocalDate on, String remarks) {
        access.require(interventionId, InterventionAccess.DECIDERS);
        CreditPlan before = locked(interventionId, planId, expectedVersion);
        rows.insertReview(planId, new CreditPlan.Review(on, remarks, access.actor()));
        return audited("SLBC_REVIEW", before);
    }

    private CreditPlan locked(long interventionId, long planId, int expectedVersion) {
        CreditPlan plan = rows.find(planId)
                .filter(p -> p.interventionId() == interventionId)
                .orElseThrow(() -> new NoSuchElementException(
                        "creditPlan: intervention " + interventionId + " has no credit plan " + planId));
        if (!rows.lock(planId, expectedVersion)) {
            throw new IllegalStateException(
                    "version: someone else changed this credit plan since you opened it; reload to see their change");
        }
        return plan;
    }

    private CreditPlan audited(String action, CreditPlan before) {
        CreditPlan after = rows.find(before.id()).orElseThrow();
        audit.record(action, "credit_plan", Long.toString(before.id()), Optional.of(before), Optional.of(after));
        return after;
    }

    /** Whether the current user may start credit plans and link banks for the intervention. */
    public boolean mayPlan(long interventionId) {
        return access.find(interventionId)
                .map(i -> access.holds(InterventionAccess.PLANNERS, i))
                .orElse(false);
    }
}
