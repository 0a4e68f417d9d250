package org.clusterdev.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Totals and ranking of a round. A total is the weighted mean of an assessor's scores scaled to 100, so the
 * twelve agency criteria of seed 004 Annex 3.2 give their maximum of 100 and any other set of weights reads the
 * same way. A candidate's total is the mean of its assessors' totals, leaving out those who declared a conflict of
 * interest; the spread between the highest and lowest total flags disagreement worth a discussion.
 */
public final class RoundResults {

    /** A spread of this many points out of 100 or more is flagged as high disagreement. */
    public static final double HIGH_DISAGREEMENT = 20;

    private RoundResults() {}

    /**
     * The candidates ranked by total, highest first, those without a counted assessment last in their order.
     *
     * @param assessments the submitted assessments of the round's candidates
     */
    public static List<CandidateResult> rank(
            List<RoundCriterion> criteria, List<Candidate> candidates, List<Assessment> assessments) {
        Map<Long, List<Assessment>> byCandidate =
                assessments.stream().collect(Collectors.groupingBy(Assessment::candidateId));
        List<CandidateResult> unranked = candidates.stream()
                .map(candidate -> result(criteria, candidate, byCandidate.getOrDefault(candidate.id(), List.of())))
                .toList();
        List<CandidateResult> sorted = new ArrayList<>(unranked);
        sorted.sort(Comparator.comparing(
                        (CandidateResult result) -> result.total() == null ? Double.NEGATIVE_INFINITY : result.total())
                .reversed());
        List<CandidateResult> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            CandidateResult result = sorted.get(i);
            Integer rank = null;
            if (result.total() != null) {
                boolean tied = i > 0 && result.total().equals(sorted.get(i - 1).total());
                rank = tied ? ranked.get(i - 1).rank() : i + 1;
            }
            ranked.add(new CandidateResult(
                    result.candidate(),
                    result.total(),
                    rank,
                    result.spread(),
                    result.highDisagreement(),
                    result.assessors()));
        }
        return ranked;
    }

    /** An assessment's weighted total out of 100; a criterion without a score counts as 0. */
    public static double total(List<RoundCriterion> criteria, Map<String, Integer> scores) {
        double weights = criteria.stream().mapToDouble(RoundCriterion::weight).sum();
        if (weights <= 0) {
            return 0;
        }
        double weighted = criteria.stream()
                .mapToDouble(criterion -> criterion.weight() * scores.getOrDefault(criterion.code(), 0))
                .sum();
        return round(weighted / weights * (100.0 / ScoreDraft.MAXIMUM));
    }

    private static CandidateResult result(
            List<RoundCriterion> criteria, Candidate candidate, List<Assessment> assessments) {
        List<AssessorTotal> totals = assessments.stream()
                .map(a -> new AssessorTotal(
                        a.assessor(), total(criteria, a.scores()), a.conflictOfInterest(), a.conflictNote()))
                .sorted(Comparator.comparing(AssessorTotal::assessor))
                .toList();
        List<Double> counted = totals.stream()
                .filter(t -> !t.excluded())
                .map(AssessorTotal::total)
                .toList();
        if (counted.isEmpty()) {
            return new CandidateResult(candidate, null, null, 0, false, totals);
        }
        double mean = round(
                counted.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
        double spread = round(counted.stream()
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElseThrow()
                - counted.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        return new CandidateResult(candidate, mean, null, spread, spread >= HIGH_DISAGREEMENT, totals);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
