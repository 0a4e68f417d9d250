package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How the benefit of interventions spread over firm size classes and social groups, each group's share of the
 * benefit against its share of the clusters' firms (seed 004 §3.9).
 *
 * @param indicator the benefit distributed
 * @param total the benefit reported for all firms, when reported
 * @param interventions the interventions that reported the benefit
 * @param clusters their clusters
 * @param dimensions SIZE_CLASS, then SOCIAL_GROUP
 */
public record BenefitDistribution(
        Indicator indicator,
        InclusivenessQuery query,
        Optional<BigDecimal> total,
        int interventions,
        int clusters,
        List<Dimension> dimensions) {

    /**
     * The benefit over the groups of one dimension.
     *
     * @param benefit the benefit reported by group, summed over the groups
     * @param firmsSource where the shares of firms come from: {@code REPORTED} (indicator {@code CLUSTER_FIRMS}),
     *     {@code REGISTRY} (the registry's micro, small and medium counts), {@code BOTH}, or {@code NONE}
     * @param clustersWithFirms how many of the clusters have firm counts for this dimension
     * @param concentration the Gini coefficient of benefit per firm across the groups, 0 (in proportion to firms) to
     *     near 1, when the firms are known: half the sum over ordered pairs of groups of
     *     {@code |benefitShare(i) * firmShare(j) - benefitShare(j) * firmShare(i)|}, shares as fractions
     * @param endowed the better-endowed groups: small and medium firms; firms owned outside SC, ST, minorities and
     *     women
     * @param endowedBenefitShare their share of the benefit in percent
     * @param endowedFirmShare their share of the firms in percent, when known
     * @param concentrated whether the better endowed take most of the benefit: over half of it, and more than their
     *     share of the firms when that is known
     */
    public record Dimension(
            String dimension,
            List<Group> groups,
            BigDecimal benefit,
            String firmsSource,
            int clustersWithFirms,
            Optional<BigDecimal> concentration,
            List<String> endowed,
            BigDecimal endowedBenefitShare,
            Optional<BigDecimal> endowedFirmShare,
            boolean concentrated) {}

    /**
     * One group.
     *
     * @param breakdown e.g. {@code SIZE_CLASS:MICRO}
     * @param benefitShare percent of the dimension's benefit
     * @param firmShare percent of the firms, when known
     * @param ratio benefit share over firm share: 1 is a fair share, below 1 less, above 1 more
     */
    public record Group(
            String breakdown,
            BigDecimal benefit,
            BigDecimal benefitShare,
            Optional<BigDecimal> firms,
            Optional<BigDecimal> firmShare,
            Optional<BigDecimal> ratio) {}
}
