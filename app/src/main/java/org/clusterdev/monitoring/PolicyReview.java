package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All schemes side by side, answering the policy-level questions of seed 004 §4.5 item 22 with the figures the
 * system holds.
 *
 * <ul>
 *   <li>synergy among initiatives: clusters developed under more than one scheme, funding sources per intervention,
 *       leverage, and the approved joint initiatives;
 *   <li>the institutional capacity gap bridged: local institutions created, the sustainability rating of completed
 *       evaluations, the share of activity cost led locally;
 *   <li>how far initiatives are private-sector driven: the private share of the money put in and of the approved
 *       private-share indicator;
 *   <li>inclusiveness: micro firms among the firms supported, women among the trainees, and the mean rating of
 *       evaluations year by year over three years.
 * </ul>
 *
 * @param schemes one review per scheme with interventions, by code
 * @param clustersUnderSeveralSchemes clusters with interventions under two schemes or more
 * @param sourcesPerIntervention the mean number of funding sources that put money into an intervention
 * @param policyResults approved results of the scheme- and policy-level indicators over all schemes
 * @param ratingsByYear the mean of all ratings of completed evaluations, by year, for the last three years
 * @param microShare micro firms as a percentage of the firms supported (approved)
 * @param womenShare women as a percentage of the trainees (approved)
 */
public record PolicyReview(
        List<SchemeReview> schemes,
        long clustersUnderSeveralSchemes,
        Optional<BigDecimal> sourcesPerIntervention,
        ReviewFunding funding,
        EvaluationSummary evaluations,
        List<IndicatorResult> policyResults,
        Map<Integer, BigDecimal> ratingsByYear,
        Optional<BigDecimal> microShare,
        Optional<BigDecimal> womenShare) {

    /** How many interventions all schemes have. */
    public long interventions() {
        return schemes.stream().mapToLong(SchemeReview::interventions).sum();
    }

    /** The share of implementation cost led by local institutions or the private sector, over all schemes. */
    public Optional<BigDecimal> locallyLedShare() {
        long total = schemes.stream()
                .flatMap(s -> s.activityCost().values().stream())
                .mapToLong(Long::longValue)
                .sum();
        long local = schemes.stream()
                .mapToLong(s -> s.activityCost().getOrDefault("LOCAL_INSTITUTION", 0L)
                        + s.activityCost().getOrDefault("PRIVATE_SECTOR", 0L))
                .sum();
        return ReviewFunding.percent(local, total);
    }
}
