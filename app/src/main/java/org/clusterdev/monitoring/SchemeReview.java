package org.clusterdev.monitoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.programme.Stage;

/**
 * A scheme's results as the system holds them, answering the scheme-level questions of seed 004 §4.5 item 22:
 * impact on the programme's objective (interventions by stage, approved indicator results), contributions by other
 * agencies and the private sector (funding by source, leverage), cluster-based M&amp;E (evaluations done and their
 * findings) and documentation of learning (lessons drawn and published).
 *
 * @param stages interventions per stage, only stages with any
 * @param clusters distinct clusters the scheme's interventions develop
 * @param activityCost the cost of implementation activities by who led them ({@code IMPLEMENTING_AGENCY},
 *     {@code LOCAL_INSTITUTION}, {@code PRIVATE_SECTOR})
 * @param results approved indicator results, only indicators with a value
 * @param findings findings of completed evaluations, newest first
 */
public record SchemeReview(
        String schemeCode,
        String schemeName,
        Optional<String> objective,
        Map<Stage, Long> stages,
        long clusters,
        ReviewFunding funding,
        Map<String, Long> activityCost,
        List<IndicatorResult> results,
        EvaluationSummary evaluations,
        List<ReviewedFinding> findings) {

    /** How many interventions the scheme has. */
    public long interventions() {
        return stages.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The share of implementation cost in activities led by local institutions or the private sector. */
    public Optional<java.math.BigDecimal> locallyLedShare() {
        long total = activityCost.values().stream().mapToLong(Long::longValue).sum();
        long local =
                activityCost.getOrDefault("LOCAL_INSTITUTION", 0L) + activityCost.getOrDefault("PRIVATE_SECTOR", 0L);
        return ReviewFunding.percent(local, total);
    }
}
