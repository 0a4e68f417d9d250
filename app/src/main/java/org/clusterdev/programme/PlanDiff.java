package org.clusterdev.programme;

import java.util.List;
import java.util.Map;

/**
 * What changed between two versions of an action plan, to read: activities added, removed and changed field by
 * field, the plan's terms, and the budget's change by funding source and by year.
 *
 * @param from the earlier version's number
 * @param to the later version's number
 * @param reason why the later version was made
 * @param terms changed terms (start, duration, SPV figures)
 * @param activities the activities that differ, by key
 * @param bySource the budget's change per funding source (later minus earlier), only sources that changed
 * @param byYear the budget's change per plan year, only years that changed
 * @param totalBefore the earlier version's whole budget
 * @param totalAfter the later version's whole budget
 */
public record PlanDiff(
        int from,
        int to,
        String reason,
        List<FieldChange> terms,
        List<ActivityChange> activities,
        Map<FundingSource, Long> bySource,
        Map<Integer, Long> byYear,
        long totalBefore,
        long totalAfter)
        implements java.io.Serializable {

    /** The change of the whole budget. */
    public long totalDelta() {
        return totalAfter - totalBefore;
    }

    /** Whether the versions are the same in every respect. */
    public boolean isEmpty() {
        return terms.isEmpty() && activities.isEmpty() && totalBefore == totalAfter;
    }

    /** How an activity differs. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * One field of a plan or an activity, before and after, as text.
     *
     * @param field the field's name, e.g. {@code endsOn}
     */
    public record FieldChange(String field, String before, String after) implements java.io.Serializable {}

    /**
     * An activity added, removed or changed.
     *
     * @param fields the fields that changed, empty for added or removed activities
     * @param budgetBefore its budget in the earlier version (0 when added)
     * @param budgetAfter its budget in the later version (0 when removed)
     */
    public record ActivityChange(
            Kind kind, int key, String title, List<FieldChange> fields, long budgetBefore, long budgetAfter)
            implements java.io.Serializable {

        /** The change of its budget. */
        public long budgetDelta() {
            return budgetAfter - budgetBefore;
        }
    }
}
