package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The evaluations of a scheme (or of all schemes) added up.
 *
 * @param midTerm completed mid-term evaluations
 * @param endOfProject completed end-of-project evaluations
 * @param drafts evaluations still being written
 * @param ratings the mean rating of each criterion over the findings of completed evaluations; unrated ones absent
 * @param lessons lessons drawn in completed evaluations
 * @param published of those, the lessons published as best practices
 */
public record EvaluationSummary(
        long midTerm,
        long endOfProject,
        long drafts,
        Map<Criterion, BigDecimal> ratings,
        long lessons,
        long published) {

    public EvaluationSummary {
        ratings = Map.copyOf(ratings);
    }

    /** No evaluation at all. */
    public static EvaluationSummary none() {
        return new EvaluationSummary(0, 0, 0, Map.of(), 0, 0);
    }

    /** The mean rating of a criterion, when any finding was rated on it. */
    public java.util.Optional<BigDecimal> rating(Criterion criterion) {
        return java.util.Optional.ofNullable(ratings.get(criterion));
    }
}
