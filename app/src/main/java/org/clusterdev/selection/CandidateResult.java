package org.clusterdev.selection;

import java.util.List;

/**
 * Where a candidate stands after scoring.
 *
 * @param total the mean of the counted assessors' totals, out of 100; null when no assessment counts
 * @param rank 1 for the highest total, equal totals share a rank; null without a total
 * @param spread the highest minus the lowest counted total
 * @param highDisagreement the spread reaches {@link RoundResults#HIGH_DISAGREEMENT} points
 * @param assessors every assessor's total, the excluded ones too
 */
public record CandidateResult(
        Candidate candidate,
        Double total,
        Integer rank,
        double spread,
        boolean highDisagreement,
        List<AssessorTotal> assessors) {}
