package org.clusterdev.programme;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One version of an action plan, complete: its terms, activities and budget lines, and who made and approved it.
 * Only the newest version may be a draft; approved versions do not change.
 *
 * @param number 1 for the first plan, one more for each revision
 * @param reason why this version was made: the first plan, or why it was revised
 * @param createdBy who started it
 * @param approvedBy who approved it, empty for a draft
 * @param managementLines cluster management cost (IA fees, CDA), which belongs to no single activity
 */
public record PlanVersion(
        long id,
        int number,
        Status status,
        String reason,
        String createdBy,
        Instant createdAt,
        Optional<String> approvedBy,
        Optional<Instant> approvedAt,
        PlanTerms terms,
        List<PlanActivity> activities,
        List<PlanBudgetLine> managementLines)
        implements java.io.Serializable {

    /** Where a version stands. */
    public enum Status {
        DRAFT,
        APPROVED,
        SUPERSEDED
    }

    /** Every budget line of the version: the activities' and the management cost. */
    public List<PlanBudgetLine> allLines() {
        return java.util.stream.Stream.concat(
                        activities.stream().flatMap(a -> a.lines().stream()), managementLines.stream())
                .toList();
    }

    /** The whole budget. */
    public long total() {
        return allLines().stream().mapToLong(PlanBudgetLine::amount).sum();
    }

    /** The budget from one source. */
    public long total(FundingSource source) {
        return allLines().stream()
                .filter(line -> line.source() == source)
                .mapToLong(PlanBudgetLine::amount)
                .sum();
    }

    /** The cluster management cost. */
    public long managementTotal() {
        return managementLines.stream().mapToLong(PlanBudgetLine::amount).sum();
    }
}
