package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.monitoring.effects.Concentration;
import org.clusterdev.monitoring.effects.FirmBase;
import org.clusterdev.monitoring.internal.Aggregator;
import org.clusterdev.monitoring.internal.Aggregator.Cell;
import org.clusterdev.monitoring.internal.Aggregator.Selection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Distributes a firm-level benefit (Tables 2.5-2.6 and firms supported) over firm size classes and the social groups
 * of owners, and compares each group's share of the benefit with its share of the clusters' firms (seed 004 §3.9:
 * benefits should reach the less-endowed, smaller units). The firms of a cluster come from its reported indicator
 * {@code CLUSTER_FIRMS} (latest report of each cluster); size classes not reported fall back on the registry's
 * counts of micro, small and medium firms. The registry's population shares of SC/ST and minorities are not firm
 * shares and are not used.
 */
@Service
public class Inclusiveness {

    /** The groups counted as better endowed, by dimension. */
    public static final Map<String, List<String>> ENDOWED = Map.of(
            "SIZE_CLASS", List.of("SIZE_CLASS:SMALL", "SIZE_CLASS:MEDIUM"),
            "SOCIAL_GROUP", List.of("SOCIAL_GROUP:OTHER"));

    /** The dimensions distributed, in order. */
    public static final List<String> DIMENSIONS = List.of("SIZE_CLASS", "SOCIAL_GROUP");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Aggregator aggregator;
    private final ResultsFramework framework;
    private final FirmBase firmBase;
    private final JdbcClient jdbc;

    Inclusiveness(Aggregator aggregator, ResultsFramework framework, FirmBase firmBase, JdbcClient jdbc) {
        this.aggregator = aggregator;
        this.framework = framework;
        this.firmBase = firmBase;
        this.jdbc = jdbc;
    }

    /** The interventions that have reports, id to title with the cluster, by cluster and title. */
    public Map<Long, String> reportingInterventions() {
        Map<Long, String> interventions = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select intervention_id, min(cluster_name || ': ' || intervention_title) as label
                        from monitoring.report group by intervention_id order by label""")
                .query((rs, n) -> interventions.put(rs.getLong(1), rs.getString(2)))
                .list();
        return interventions;
    }

    /** The indicators whose benefit can be distributed: firm-level, added up or counted, by size class. */
    public List<Indicator> benefits() {
        return framework.indicators().stream()
                .filter(i -> i.level().equals("FIRM")
                        && i.disaggregations().contains("SIZE_CLASS")
                        && (i.aggregation() == Aggregation.SUM || i.aggregation() == Aggregation.LAST))
                .toList();
    }

    /**
     * The distribution of a query's benefit.
     *
     * @throws IllegalArgumentException "indicator: ..." for an indicator that is not a distributable benefit
     */
    @Transactional(readOnly = true)
    public BenefitDistribution distribution(InclusivenessQuery query) {
        Indicator indicator = benefits().stream()
                .filter(i -> i.code().equals(query.indicatorCode()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("indicator: '" + query.indicatorCode()
                        + "' is not a firm-level benefit broken down by size class"));
        List<String> breakdowns = new ArrayList<>(List.of(Breakdowns.TOTAL));
        DIMENSIONS.forEach(d -> breakdowns.addAll(Breakdowns.of(d)));
        Selection selection = new Selection(
                List.of(indicator.code(), FirmBase.INDICATOR),
                "",
                breakdowns,
                query.from(),
                query.to(),
                query.approval(),
                query.stateCode().orElse(0),
                "",
                query.schemeCode().orElse(""),
                List.of(),
                true);
        Set<String> chosen = new HashSet<>();
        query.interventionIds().forEach(id -> chosen.add(Long.toString(id)));
        List<Cell> cells = aggregator.aggregate(selection, Grouping.INTERVENTION).stream()
                .filter(c -> c.kind().equals(ValueKind.ACTUAL.name()))
                .filter(c -> chosen.isEmpty() || chosen.contains(c.group()))
                .toList();
        Map<String, BigDecimal> benefit = new HashMap<>();
        Set<Long> interventions = new HashSet<>();
        for (Cell cell : cells) {
            BigDecimal value = cell.value(indicator.aggregation());
            if (cell.indicator().equals(indicator.code()) && value != null) {
                benefit.merge(cell.breakdown(), value, BigDecimal::add);
                interventions.add(Long.parseLong(cell.group()));
            }
        }
        FirmBase.Firms firms = firmBase.firms(
                interventions,
                cells.stream()
                        .filter(c -> c.indicator().equals(FirmBase.INDICATOR))
                        .toList(),
                query.to().year());
        List<BenefitDistribution.Dimension> dimensions =
                DIMENSIONS.stream().map(d -> dimension(d, benefit, firms)).toList();
        return new BenefitDistribution(
                indicator,
                query,
                Optional.ofNullable(benefit.get(Breakdowns.TOTAL)),
                interventions.size(),
                firms.clusters(),
                dimensions);
    }

    private static BenefitDistribution.Dimension dimension(
            String dimension, Map<String, BigDecimal> benefit, FirmBase.Firms firms) {
        List<String> groups = Breakdowns.of(dimension);
        BigDecimal benefitSum = sum(groups, benefit);
        BigDecimal firmSum = sum(groups, firms.byBreakdown());
        boolean firmsKnown = firmSum.signum() > 0;
        List<BenefitDistribution.Group> rows = new ArrayList<>();
        List<BigDecimal> benefitShares = new ArrayList<>();
        List<BigDecimal> firmShares = new ArrayList<>();
        for (String group : groups) {
            BigDecimal value = benefit.getOrDefault(group, BigDecimal.ZERO);
            BigDecimal benefitShare = fraction(value, benefitSum);
            Optional<BigDecimal> count = firmsKnown
                    ? Optional.of(firms.byBreakdown().getOrDefault(group, BigDecimal.ZERO))
                    : Optional.empty();
            Optional<BigDecimal> firmShare = count.map(n -> fraction(n, firmSum));
            benefitShares.add(benefitShare);
            firmShare.ifPresent(firmShares::add);
            rows.add(new BenefitDistribution.Group(
                    group,
                    value,
                    percent(benefitShare),
                    count,
                    firmShare.map(Inclusiveness::percent),
                    firmShare
                            .filter(s -> s.signum() > 0 && benefitSum.signum() > 0)
                            .map(s -> benefitShare.divide(s, 2, RoundingMode.HALF_UP))));
        }
        List<String> endowed = ENDOWED.get(dimension);
        BigDecimal endowedBenefit = fraction(sum(endowed, benefit), benefitSum);
        Optional<BigDecimal> endowedFirms =
                firmsKnown ? Optional.of(fraction(sum(endowed, firms.byBreakdown()), firmSum)) : Optional.empty();
        boolean concentrated = endowedBenefit.compareTo(new BigDecimal("0.5")) > 0
                && endowedFirms.map(f -> endowedBenefit.compareTo(f) > 0).orElse(true);
        return new BenefitDistribution.Dimension(
                dimension,
                rows,
                benefitSum,
                firms.source(dimension),
                firms.clustersWith(dimension),
                firmsKnown && benefitSum.signum() > 0
                        ? Optional.of(Concentration.gini(benefitShares, firmShares))
                        : Optional.empty(),
                endowed,
                percent(endowedBenefit),
                endowedFirms.map(Inclusiveness::percent),
                concentrated);
    }

    private static BigDecimal sum(List<String> groups, Map<String, BigDecimal> values) {
        return groups.stream()
                .map(g -> values.getOrDefault(g, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal fraction(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.divide(whole, MathContext.DECIMAL64);
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }
}
