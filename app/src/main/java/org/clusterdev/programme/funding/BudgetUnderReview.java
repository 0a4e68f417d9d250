package org.clusterdev.programme.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.clusterdev.programme.FundingSource;
import org.clusterdev.programme.SupportKind;

/**
 * What the funding rules look at in an action plan version: its duration, its activities and their budget lines,
 * and, for a common facility centre, the SPV's figures.
 *
 * @param durationClass which minimum duration applies, from the cluster's typology
 * @param durationYears how many years the plan runs
 * @param activities the activities, each with a key that budget lines refer to
 * @param lines the budget lines; a line without an activity is cluster management cost (IA fees, CDA)
 * @param facility the SPV's figures for hard support, as far as known
 */
public record BudgetUnderReview(
        DurationClass durationClass,
        int durationYears,
        List<Activity> activities,
        List<Line> lines,
        CommonFacility facility) {

    public BudgetUnderReview {
        activities = List.copyOf(activities);
        lines = List.copyOf(lines);
    }

    /** Which of the minimum durations of seed 004 Exec summary 7 applies to a cluster. */
    public enum DurationClass {
        TRADITIONAL_MANUFACTURING,
        POVERTY_INTENSIVE,
        NONE
    }

    /** An activity as far as the rules care. */
    public record Activity(
            int key, String title, SupportKind support, boolean research, LocalDate startsOn, LocalDate endsOn) {}

    /** A budget line: an amount from one source in one year of the plan, for an activity or for management. */
    public record Line(Optional<Integer> activityKey, int year, FundingSource source, long amount) {}

    /** The SPV behind a common facility centre; empty values are not known yet. */
    public record CommonFacility(
            Optional<Integer> spvMembers, Optional<BigDecimal> largestMemberEquity, Optional<Long> landCost) {

        /** Nothing known. */
        public static CommonFacility unknown() {
            return new CommonFacility(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** The activity a line belongs to, if any. */
    public Optional<Activity> activityOf(Line line) {
        return line.activityKey()
                .flatMap(key -> activities.stream()
                        .filter(activity -> activity.key() == key)
                        .findFirst());
    }

    /** The sum of the lines that pass the filter. */
    public long sum(Predicate<Line> filter) {
        return lines.stream().filter(filter).mapToLong(Line::amount).sum();
    }

    /** Whether a line belongs to an activity of this kind of support. */
    public boolean isOf(Line line, SupportKind support) {
        return activityOf(line).map(a -> a.support() == support).orElse(false);
    }

    /** Whether a line belongs to an R&amp;D activity. */
    public boolean isResearch(Line line) {
        return activityOf(line).map(Activity::research).orElse(false);
    }
}
