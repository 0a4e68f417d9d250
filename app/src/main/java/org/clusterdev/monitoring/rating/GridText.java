package org.clusterdev.monitoring.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusterdev.monitoring.RatingScheme;

/**
 * A grid written as lines of text, so an administrator edits it in three text boxes: criteria as
 * {@code CODE | weight | name | description}, levels as {@code score | label | description} and grades as
 * {@code grade | minimum}. Blank lines are skipped.
 */
public final class GridText {

    private GridText() {}

    /**
     * The criteria of the text.
     *
     * @throws IllegalArgumentException "criteria: line N: ..." for a line that does not read
     */
    public static List<RatingScheme.Criterion> criteria(String text) {
        return lines(
                "criteria",
                text,
                3,
                parts -> new RatingScheme.Criterion(
                        parts.get(0).toUpperCase(java.util.Locale.ROOT),
                        parts.get(2),
                        parts.size() > 3 ? parts.get(3) : "",
                        number(parts.get(1), "the weight")));
    }

    /** The levels of the text; refuses a line that does not read as {@code levels: line N: ...}. */
    public static List<RatingScheme.Level> levels(String text) {
        return lines(
                "levels",
                text,
                2,
                parts -> new RatingScheme.Level(
                        whole(parts.get(0)), parts.get(1), parts.size() > 2 ? parts.get(2) : ""));
    }

    /** The grades of the text; refuses a line that does not read as {@code grades: line N: ...}. */
    public static List<RatingScheme.Grade> grades(String text) {
        return lines(
                "grades", text, 2, parts -> new RatingScheme.Grade(parts.get(0), number(parts.get(1), "the minimum")));
    }

    /** The criteria as text, one per line. */
    public static String ofCriteria(List<RatingScheme.Criterion> criteria) {
        return criteria.stream()
                .map(c -> String.join(
                        " | ", c.code(), c.weight().stripTrailingZeros().toPlainString(), c.name(), c.description()))
                .collect(Collectors.joining("\n"));
    }

    /** The levels as text, one per line. */
    public static String ofLevels(List<RatingScheme.Level> levels) {
        return levels.stream()
                .map(l -> String.join(" | ", Integer.toString(l.score()), l.label(), l.description()))
                .collect(Collectors.joining("\n"));
    }

    /** The grades as text, one per line. */
    public static String ofGrades(List<RatingScheme.Grade> grades) {
        return grades.stream()
                .map(g -> g.grade() + " | " + g.minimum().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("\n"));
    }

    private static <T> List<T> lines(String field, String text, int least, Function<List<String>, T> read) {
        List<T> items = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> parts = java.util.Arrays.stream(lines[i].split("\\|", -1))
                    .map(String::strip)
                    .toList();
            if (parts.size() < least || parts.subList(0, least).stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException(
                        field + ": line " + (i + 1) + ": needs " + least + " parts separated by |");
            }
            try {
                items.add(read.apply(parts));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(field + ": line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return items;
    }

    private static BigDecimal number(String text, String what) {
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number");
        }
    }

    private static int whole(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the score '" + text + "' is not a whole number");
        }
    }
}
