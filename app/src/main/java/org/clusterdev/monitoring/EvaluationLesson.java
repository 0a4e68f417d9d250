package org.clusterdev.monitoring;

import java.util.Optional;

/**
 * A lesson of an evaluation, in the shape of a best practice (problem, action, result, cost).
 *
 * @param id its id once stored, 0 for a draft
 * @param title 1 to 300 characters
 * @param costRupees what the action cost, in whole rupees, when known
 * @param publish whether the knowledge base publishes it as a best practice once the evaluation is completed
 * @throws IllegalArgumentException "field: reason" for a missing value, a negative cost, or a lesson to publish
 *     about {@link EvaluationTheme#PROGRAMME_MANAGEMENT} (a best practice names a kind of activity)
 */
public record EvaluationLesson(
        long id,
        EvaluationTheme theme,
        String title,
        String problem,
        String action,
        String result,
        Optional<Long> costRupees,
        boolean publish) {

    public EvaluationLesson {
        if (theme == null) {
            throw new IllegalArgumentException("theme: choose what the lesson is about");
        }
        title = required(title, "title");
        if (title.length() > 300) {
            throw new IllegalArgumentException("title: at most 300 characters");
        }
        problem = required(problem, "problem");
        action = required(action, "action");
        result = required(result, "result");
        if (costRupees.isPresent() && costRupees.get() < 0) {
            throw new IllegalArgumentException("costRupees: a cost cannot be negative");
        }
        if (publish && theme == EvaluationTheme.PROGRAMME_MANAGEMENT) {
            throw new IllegalArgumentException(
                    "theme: a lesson published as a best practice names a kind of activity, not programme management");
        }
    }

    private static String required(String value, String field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field + ": this cannot be empty");
        }
        return stripped;
    }
}
