package org.clusterdev.programme.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clusterdev.programme.PlanActivityDraft;
import org.clusterdev.programme.PlanBudgetLine;

/**
 * The activity form: the activity's fields and its amounts by funding source for one plan year, in the order of
 * {@link org.clusterdev.programme.FundingSource}. Amounts entered for a year replace that year's amounts; other
 * years keep theirs.
 */
record ActivityForm(
        String activityType,
        String title,
        String matrixIntervention,
        String matrixNature,
        String startsOn,
        String endsOn,
        String responsible,
        String outputs,
        String indicators,
        String year,
        List<String> amount) {

    PlanActivityDraft toDraft(List<PlanBudgetLine> existing) {
        List<PlanBudgetLine> lines = new ArrayList<>(existing);
        if (year != null && !year.isBlank()) {
            int y = (int) Forms.required(year, "year");
            List<PlanBudgetLine> entered = Forms.linesOfYear(y, amount == null ? List.of() : amount);
            if (!entered.isEmpty()) {
                lines.removeIf(line -> line.year() == y);
                lines.addAll(entered);
            }
        }
        return new PlanActivityDraft(
                activityType,
                title,
                blankToEmpty(matrixIntervention),
                blankToEmpty(matrixNature),
                Forms.date(startsOn, "startsOn"),
                Forms.date(endsOn, "endsOn"),
                responsible,
                outputs,
                indicators,
                lines);
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
