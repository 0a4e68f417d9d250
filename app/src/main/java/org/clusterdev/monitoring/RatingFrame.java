package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One subject's ratings under a scheme over a three-year frame (seed 004 §4.5 item 22), year 1 to 3 side by
 * side, with the change from the first to the last year rated within the frame.
 *
 * @param years the three financial years, oldest first
 * @param ratings one per year, in the order of {@code years}; empty where not rated
 */
public record RatingFrame(
        RatingScheme scheme,
        long clusterId,
        Optional<Long> actorId,
        String subjectName,
        List<Integer> years,
        List<Optional<Rating>> ratings) {

    /** The frame's years, oldest first, ending with {@code lastYear}. */
    public static List<Integer> yearsEnding(int lastYear) {
        return List.of(lastYear - 2, lastYear - 1, lastYear);
    }

    /** The frame's years as written: {@code 2022-23}, {@code 2023-24}, {@code 2024-25}. */
    public List<String> yearLabels() {
        return years.stream().map(RatingEntry::yearLabel).toList();
    }

    /** The change of the total from the first to the last year rated in the frame; empty with fewer than two. */
    public Optional<BigDecimal> change() {
        return change(ratings.stream().map(r -> r.map(Rating::total)).toList());
    }

    /** The change of a criterion's score from the first to the last year it was scored in the frame. */
    public Optional<BigDecimal> change(String criterionCode) {
        return change(ratings.stream()
                .map(r -> r.flatMap(x -> x.score(criterionCode)).map(s -> BigDecimal.valueOf(s.score())))
                .toList());
    }

    /** The last value present minus the first, when at least two are present. */
    static Optional<BigDecimal> change(List<Optional<BigDecimal>> values) {
        List<BigDecimal> present = values.stream().flatMap(Optional::stream).toList();
        return present.size() < 2
                ? Optional.empty()
                : Optional.of(present.get(present.size() - 1).subtract(present.get(0)));
    }

    /**
     * One line of a scheme's frame: a subject's totals in the three years and the change.
     *
     * @param totals in the order of the frame's years; empty where not rated
     * @param grades likewise
     */
    public record Line(
            long clusterId,
            Optional<Long> actorId,
            String subjectName,
            String clusterName,
            List<Optional<BigDecimal>> totals,
            List<Optional<String>> grades) {

        /** The change from the first to the last year rated in the frame. */
        public Optional<BigDecimal> change() {
            return RatingFrame.change(totals);
        }
    }
}
