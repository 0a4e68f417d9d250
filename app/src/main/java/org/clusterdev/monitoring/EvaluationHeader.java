package org.clusterdev.monitoring;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What an evaluation is, who made it and when.
 *
 * @param evaluator the person or institution that evaluated, 1 to 200 characters
 * @param evaluatedOn the day the evaluation report is dated, from 1990 to today (India's date)
 * @param summary the overall conclusion, possibly empty
 * @throws IllegalArgumentException "field: reason" for a missing or impossible value
 */
public record EvaluationHeader(EvaluationKind kind, String evaluator, LocalDate evaluatedOn, String summary) {

    public EvaluationHeader {
        if (kind == null) {
            throw new IllegalArgumentException("kind: choose mid-term or end of project");
        }
        evaluator = evaluator == null ? "" : evaluator.strip();
        if (evaluator.isEmpty() || evaluator.length() > 200) {
            throw new IllegalArgumentException("evaluator: name who evaluated, in 1 to 200 characters");
        }
        if (evaluatedOn == null) {
            throw new IllegalArgumentException("evaluatedOn: give the day of the evaluation");
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        if (evaluatedOn.isAfter(today) || evaluatedOn.getYear() < 1990) {
            throw new IllegalArgumentException("evaluatedOn: a day from 1990 to today, not " + evaluatedOn);
        }
        summary = summary == null ? "" : summary.strip();
    }
}
