package org.clusterdev.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * A cluster credit plan for one year (seed 001 slide 23): the credit the cluster's firms need, the banks linked
 * with what each sanctioned and disbursed, and the reviews by the state level bankers' committee (SLBC).
 *
 * @param year the financial year it starts in, e.g. 2027 for 2027-28
 * @param creditNeed whole rupees
 * @param version guards the plan against concurrent changes
 */
public record CreditPlan(
        long id,
        long interventionId,
        int year,
        long creditNeed,
        String purpose,
        int version,
        List<BankCredit> banks,
        List<Review> reviews)
        implements java.io.Serializable {

    /** Credit sanctioned by every bank linked. */
    public long sanctioned() {
        return banks.stream().mapToLong(BankCredit::sanctioned).sum();
    }

    /** Credit disbursed by every bank linked. */
    public long disbursed() {
        return banks.stream().mapToLong(BankCredit::disbursed).sum();
    }

    /** The need not yet met by sanctions, never below zero. */
    public long gap() {
        return Math.max(0, creditNeed - sanctioned());
    }

    /**
     * A bank linked to the plan.
     *
     * @param sanctioned credit it sanctioned to the cluster's firms
     * @param disbursed of which disbursed, never more than sanctioned
     */
    public record BankCredit(String bank, long sanctioned, long disbursed) implements java.io.Serializable {

        public BankCredit {
            bank = bank == null ? "" : bank.strip();
            if (bank.isEmpty() || bank.length() > 200) {
                throw new IllegalArgumentException("bank: name the bank in at most 200 characters");
            }
            if (sanctioned < 0) {
                throw new IllegalArgumentException("sanctioned: cannot be negative");
            }
            if (disbursed < 0 || disbursed > sanctioned) {
                throw new IllegalArgumentException("disbursed: lies between zero and the credit sanctioned");
            }
        }
    }

    /** A review by the state level bankers' committee. */
    public record Review(LocalDate reviewedOn, String remarks, String recordedBy) implements java.io.Serializable {

        public Review {
            remarks = remarks == null ? "" : remarks.strip();
            if (reviewedOn == null) {
                throw new IllegalArgumentException("reviewedOn: give the date of the SLBC meeting");
            }
            if (remarks.isEmpty()) {
                throw new IllegalArgumentException("remarks: record what the committee said");
            }
        }
    }
}
