package org.clusterdev.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An activity as a planner enters it. The kind of support and the cell of the seed 004 Table 2.3 matrix default
 * to the catalogue's; a planner may place the activity in another cell.
 *
 * @param activityTypeCode the catalogue entry of seed 004 Annex 2.2, e.g. {@code MD14}
 * @param title what the activity is in this cluster
 * @param matrixIntervention MARKETING, PRODUCTIVITY_COMPETITIVENESS or LOCAL_ORGANISATIONS; empty for the catalogue's
 * @param matrixNature BENCHMARKING, OTHER_SOFT, INFRASTRUCTURE or VALUE_CHAIN_LINKAGE; empty for the catalogue's
 * @param startsOn first day
 * @param endsOn last day, not before the first
 * @param responsible the actor who carries it out
 * @param outputs expected outputs
 * @param indicators how progress is measured
 * @param lines its budget lines (their activity key is ignored)
 */
public record PlanActivityDraft(
        String activityTypeCode,
        String title,
        Optional<String> matrixIntervention,
        Optional<String> matrixNature,
        LocalDate startsOn,
        LocalDate endsOn,
        String responsible,
        String outputs,
        String indicators,
        List<PlanBudgetLine> lines)
        implements java.io.Serializable {

    static final List<String> INTERVENTIONS =
            List.of("MARKETING", "PRODUCTIVITY_COMPETITIVENESS", "LOCAL_ORGANISATIONS");
    static final List<String> NATURES = List.of("BENCHMARKING", "OTHER_SOFT", "INFRASTRUCTURE", "VALUE_CHAIN_LINKAGE");

    public PlanActivityDraft {
        activityTypeCode = activityTypeCode == null ? "" : activityTypeCode.strip();
        title = title == null ? "" : title.strip();
        responsible = responsible == null ? "" : responsible.strip();
        outputs = outputs == null ? "" : outputs.strip();
        indicators = indicators == null ? "" : indicators.strip();
        lines = lines == null ? List.of() : List.copyOf(lines);
        if (activityTypeCode.isEmpty()) {
            throw new IllegalArgumentException("activityType: choose an activity from the catalogue");
        }
        if (title.isEmpty() || title.length() > 300) {
            throw new IllegalArgumentException("title: give the activity a title of at most 300 characters");
        }
        if (matrixIntervention.filter(i -> !INTERVENTIONS.contains(i)).isPresent()) {
            throw new IllegalArgumentException("matrixIntervention: not a row of the activity matrix");
        }
        if (matrixNature.filter(n -> !NATURES.contains(n)).isPresent()) {
            throw new IllegalArgumentException("matrixNature: not a column of the activity matrix");
        }
        if (startsOn == null || endsOn == null) {
            throw new IllegalArgumentException("startsOn: the activity needs a start and an end date");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("endsOn: the activity ends before it starts");
        }
        if (responsible.isEmpty()) {
            throw new IllegalArgumentException("responsible: name the actor responsible for the activity");
        }
    }
}
