package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A published scoring grid (seed 004 §4.5 items 2, 20, 22; seed 001 slide 32): weighted criteria, one scale whose
 * every score is described, and grade bands on the total out of 100.
 *
 * @param code e.g. {@code BMO}
 * @param subject whether it rates clusters or their associations and other business membership organisations
 * @param theme what a thematic rating looks at (e.g. environmental compliance), empty for a general one
 * @param productNic the NIC code or prefix of the clusters a thematic rating covers; only they may be rated
 * @param productWord a word naming that product, matched against the clusters' names and products
 * @param criteria in their order; the weights total 100
 * @param levels one per score of the scale, lowest first
 * @param grades highest minimum first; one has the minimum 0, so every total has a grade
 * @param source where the seed documents ask for it
 * @param published whether raters may use it
 * @param version the optimistic-locking version, to be sent back with an edit
 */
public record RatingScheme(
        String code,
        String name,
        Subject subject,
        Optional<String> theme,
        Optional<String> productNic,
        Optional<String> productWord,
        int scaleMin,
        int scaleMax,
        List<Criterion> criteria,
        List<Level> levels,
        List<Grade> grades,
        String source,
        boolean published,
        int version)
        implements java.io.Serializable {

    /** What is rated. */
    public enum Subject {
        CLUSTER,
        ASSOCIATION
    }

    /** One criterion of the grid, weighted out of 100. */
    public record Criterion(String code, String name, String description, BigDecimal weight)
            implements java.io.Serializable {}

    /** What a score of the scale means. */
    public record Level(int score, String label, String description) implements java.io.Serializable {}

    /** A grade given to totals of at least {@code minimum} (out of 100). */
    public record Grade(String grade, BigDecimal minimum) implements java.io.Serializable {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the grid.
     *
     * @throws IllegalArgumentException naming the field and the reason when the grid is not usable
     */
    public RatingScheme {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new IllegalArgumentException("code: capital letters, digits and _ (2 to 40), starting with a letter");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: a scheme needs a name");
        }
        if (subject == null) {
            throw new IllegalArgumentException("subject: CLUSTER or ASSOCIATION");
        }
        theme = theme.map(String::strip).filter(t -> !t.isEmpty());
        productNic = productNic.map(String::strip).filter(t -> !t.isEmpty());
        productWord = productWord.map(String::strip).filter(t -> !t.isEmpty());
        if (productNic.isPresent() && !productNic.get().matches("[0-9]{2,5}")) {
            throw new IllegalArgumentException("productNic: a NIC code or prefix has 2 to 5 digits");
        }
        if (subject == Subject.ASSOCIATION && (productNic.isPresent() || productWord.isPresent())) {
            throw new IllegalArgumentException("productNic: a product scope is for thematic ratings of clusters");
        }
        if (scaleMin < 0 || scaleMax > 10 || scaleMax <= scaleMin) {
            throw new IllegalArgumentException("scale: from 0 or more to at most 10, the top above the bottom");
        }
        criteria = List.copyOf(criteria);
        levels = levels.stream().sorted(Comparator.comparingInt(Level::score)).toList();
        grades = grades.stream()
                .sorted(Comparator.comparing(Grade::minimum).reversed())
                .toList();
        checkCriteria(criteria);
        checkLevels(levels, scaleMin, scaleMax);
        checkGrades(grades);
        source = source == null ? "" : source.strip();
        if (source.isEmpty()) {
            throw new IllegalArgumentException("source: say where the grid comes from");
        }
    }

    private static void checkCriteria(List<Criterion> criteria) {
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("criteria: a grid needs at least one criterion");
        }
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            if (!c.code().matches("[A-Z][A-Z0-9_]{0,39}")) {
                throw new IllegalArgumentException(
                        "criteria: the code '" + c.code() + "' is not capital letters, digits and _");
            }
            if (!codes.add(c.code())) {
                throw new IllegalArgumentException("criteria: the code " + c.code() + " appears twice");
            }
            if (c.name().isBlank()) {
                throw new IllegalArgumentException("criteria: " + c.code() + " needs a name");
            }
            if (c.weight().signum() <= 0) {
                throw new IllegalArgumentException("criteria: the weight of " + c.code() + " must be above 0");
            }
            sum = sum.add(c.weight());
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException(
                    "criteria: the weights total " + sum.stripTrailingZeros().toPlainString() + ", not 100");
        }
    }

    private static void checkLevels(List<Level> levels, int scaleMin, int scaleMax) {
        for (int score = scaleMin; score <= scaleMax; score++) {
            int wanted = score;
            if (levels.stream().noneMatch(l -> l.score() == wanted)) {
                throw new IllegalArgumentException("levels: the score " + score + " of the scale has no description");
            }
        }
        for (Level level : levels) {
            if (level.score() < scaleMin || level.score() > scaleMax) {
                throw new IllegalArgumentException(
                        "levels: the score " + level.score() + " is off the scale " + scaleMin + "-" + scaleMax);
            }
            if (level.label().isBlank()) {
                throw new IllegalArgumentException("levels: the score " + level.score() + " needs a label");
            }
        }
        if (levels.stream().map(Level::score).distinct().count() != levels.size()) {
            throw new IllegalArgumentException("levels: a score is described twice");
        }
    }

    private static void checkGrades(List<Grade> grades) {
        if (grades.stream().noneMatch(g -> g.minimum().signum() == 0)) {
            throw new IllegalArgumentException("grades: one grade must start at 0, so every total has a grade");
        }
        for (Grade g : grades) {
            if (g.grade().isBlank()) {
                throw new IllegalArgumentException("grades: a grade needs a name");
            }
            if (g.minimum().signum() < 0 || g.minimum().compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("grades: the minimum of " + g.grade() + " is not from 0 to 100");
            }
        }
        if (grades.stream().map(Grade::grade).distinct().count() != grades.size()
                || grades.stream()
                                .map(g -> g.minimum().stripTrailingZeros())
                                .distinct()
                                .count()
                        != grades.size()) {
            throw new IllegalArgumentException("grades: each grade and each minimum may appear only once");
        }
    }

    /**
     * The weighted total out of 100: the sum over the criteria of weight x score / top of the scale, to two
     * decimals (half up).
     *
     * @param scores a score on the scale for every criterion, by criterion code
     * @throws IllegalArgumentException "scores.CODE: ..." for a criterion without a score or a score off the scale
     */
    public BigDecimal total(Map<String, Integer> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            Integer score = scores.get(c.code());
            if (score == null) {
                throw new IllegalArgumentException("scores." + c.code() + ": not scored");
            }
            if (score < scaleMin || score > scaleMax) {
                throw new IllegalArgumentException(
                        "scores." + c.code() + ": " + score + " is off the scale " + scaleMin + "-" + scaleMax);
            }
            sum = sum.add(c.weight().multiply(BigDecimal.valueOf(score)));
        }
        for (String code : scores.keySet()) {
            if (criteria.stream().noneMatch(c -> c.code().equals(code))) {
                throw new IllegalArgumentException("scores." + code + ": not a criterion of " + this.code);
            }
        }
        return sum.divide(BigDecimal.valueOf(scaleMax), 2, RoundingMode.HALF_UP);
    }

    /** The grade of a total out of 100: the one with the highest minimum the total reaches. */
    public String grade(BigDecimal total) {
        return grades.stream()
                .filter(g -> total.compareTo(g.minimum()) >= 0)
                .findFirst()
                .map(Grade::grade)
                .orElseThrow();
    }

    /** The level description of a score, when the scale has it. */
    public Optional<Level> level(int score) {
        return levels.stream().filter(l -> l.score() == score).findFirst();
    }

    /** Whether clusters with this main NIC code fall within the product scope (always, without a scope). */
    public boolean covers(Optional<String> nicCode) {
        return productNic.isEmpty()
                || nicCode.map(n -> n.startsWith(productNic.get())).orElse(false);
    }
}
