package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A rating given: one cluster, or one association of a cluster, scored on every criterion of a scheme for a
 * financial year, with the total and grade as computed when it was given.
 *
 * @param year the financial year by the calendar year it starts in (2024 is 2024-25)
 * @param actorId the association rated, empty when the cluster itself is rated
 * @param total out of 100
 */
public record Rating(
        long id,
        String schemeCode,
        int year,
        long clusterId,
        String clusterName,
        int stateCode,
        Optional<Long> actorId,
        Optional<String> actorName,
        BigDecimal total,
        String grade,
        Optional<String> note,
        List<Score> scores,
        String ratedBy,
        Instant ratedAt)
        implements java.io.Serializable {

    /** The score of one criterion, with the rater's note. */
    public record Score(String criterionCode, int score, Optional<String> note) implements java.io.Serializable {}

    /** The name of what was rated: the association, or the cluster. */
    public String subjectName() {
        return actorName.orElse(clusterName);
    }

    /** The score of a criterion, if scored. */
    public Optional<Score> score(String criterionCode) {
        return scores.stream()
                .filter(s -> s.criterionCode().equals(criterionCode))
                .findFirst();
    }

    /** The year as written: {@code 2024-25}. */
    public String yearLabel() {
        return RatingEntry.yearLabel(year);
    }
}
