package org.clusterdev.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * An activity of one action plan version.
 *
 * @param key the activity's number in the plan, the same in every version, so versions compare by it
 * @param activityTypeName the catalogue's name of the activity type
 * @param research whether the catalogue counts it as R&amp;D (90 per cent public support allowed)
 * @param lines its budget lines
 */
public record PlanActivity(
        int key,
        String activityTypeCode,
        String activityTypeName,
        String title,
        String matrixIntervention,
        String matrixNature,
        SupportKind support,
        boolean research,
        LocalDate startsOn,
        LocalDate endsOn,
        String responsible,
        String outputs,
        String indicators,
        List<PlanBudgetLine> lines)
        implements java.io.Serializable {

    /** The sum of its budget lines. */
    public long total() {
        return lines.stream().mapToLong(PlanBudgetLine::amount).sum();
    }

    /** The sum of its budget lines from one source. */
    public long total(FundingSource source) {
        return lines.stream()
                .filter(line -> line.source() == source)
                .mapToLong(PlanBudgetLine::amount)
                .sum();
    }
}
