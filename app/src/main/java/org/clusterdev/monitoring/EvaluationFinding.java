package org.clusterdev.monitoring;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A finding of an evaluation on one theme, with the ratings the evaluator gave.
 *
 * @param id its id once stored, 0 for a draft
 * @param text what was found, 1 to 4000 characters
 * @param ratings from 1 to 5 for the criteria rated; criteria not rated are absent
 * @throws IllegalArgumentException "field: reason" for an empty text or a rating outside 1 to 5
 */
public record EvaluationFinding(long id, EvaluationTheme theme, String text, Map<Criterion, Integer> ratings) {

    public EvaluationFinding {
        if (theme == null) {
            throw new IllegalArgumentException("theme: choose what the finding is about");
        }
        text = text == null ? "" : text.strip();
        if (text.isEmpty() || text.length() > 4000) {
            throw new IllegalArgumentException("text: say what was found, in 1 to 4000 characters");
        }
        ratings.forEach((criterion, rating) -> {
            if (rating == null || rating < 1 || rating > 5) {
                throw new IllegalArgumentException(
                        "ratings." + criterion.name().toLowerCase(java.util.Locale.ROOT) + ": a rating is 1 to 5");
            }
        });
        ratings = ratings.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(ratings));
    }

    /** The rating of a criterion, when given. */
    public Optional<Integer> rating(Criterion criterion) {
        return Optional.ofNullable(ratings.get(criterion));
    }
}
