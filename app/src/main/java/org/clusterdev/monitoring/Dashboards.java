package org.clusterdev.monitoring;

import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.monitoring.internal.Aggregator;
import org.clusterdev.monitoring.internal.Aggregator.Cell;
import org.clusterdev.monitoring.internal.Aggregator.Selection;
import org.springframework.stereotype.Service;

/**
 * Aggregates an indicator by its rule (see {@link Aggregation}) from cluster to district, state and nation, or from
 * intervention to scheme and all schemes, over a range of quarters, counting only values with the approval asked
 * for, with the total and its disaggregation side by side and targets next to actuals.
 */
@Service
public class Dashboards {

    private final Aggregator aggregator;
    private final ResultsFramework framework;
    private final Geography geography;
    // the quarters are aggregated on a second connection while the groups are, halving a dashboard's wait
    private final ExecutorService quarters = Executors.newFixedThreadPool(4, task -> {
        Thread thread = new Thread(task, "dashboard-quarters");
        thread.setDaemon(true);
        return thread;
    });

    Dashboards(Aggregator aggregator, ResultsFramework framework, Geography geography) {
        this.aggregator = aggregator;
        this.framework = framework;
        this.geography = geography;
    }

    /**
     * The dashboard of a query.
     *
     * @throws IllegalArgumentException "indicator: ..." for an unknown indicator
     */
    public DashboardView dashboard(DashboardQuery query) {
        Indicator indicator = framework
                .indicator(query.indicatorCode())
                .orElseThrow(() ->
                        new IllegalArgumentException("indicator: '" + query.indicatorCode() + "' is not an indicator"));
        Selection selection = selection(indicator, query);
        CompletableFuture<List<Cell>> byPeriod =
                CompletableFuture.supplyAsync(() -> aggregator.byPeriod(selection), quarters);
        List<Cell> cells = aggregator.aggregate(selection, query.by());
        List<DashboardView.Row> rows = rows(indicator, query.by(), cells);
        // every grouping puts each intervention in exactly one group, so the total adds up the groups' parts
        List<DashboardView.Row> total = rows(indicator, Grouping.ALL, totals(cells));
        List<DashboardView.Row> periods = rows(indicator, Grouping.PERIOD, byPeriod.join());
        return new DashboardView(
                indicator,
                query,
                query.breakdowns(),
                rows,
                total.isEmpty() ? new DashboardView.Row("ALL", "", Map.of(), Map.of(), 0) : total.get(0),
                periods.stream()
                        .sorted(Comparator.comparing(DashboardView.Row::key))
                        .toList());
    }

    @PreDestroy
    void stop() {
        quarters.shutdownNow();
    }

    /** The clusters that have reports, as id and name, by name. */
    public List<Map.Entry<Long, String>> reportingClusters() {
        return aggregator.reportingClusters();
    }

    private static List<Cell> totals(List<Cell> cells) {
        Map<String, Cell> byKindAndBreakdown = new LinkedHashMap<>();
        for (Cell cell : cells) {
            Cell relabelled = new Cell(
                    "ALL",
                    cell.indicator(),
                    cell.kind(),
                    cell.breakdown(),
                    cell.sum(),
                    cell.count(),
                    cell.weightedSum(),
                    cell.weights(),
                    cell.last(),
                    cell.reporting(),
                    cell.interventions(),
                    cell.firstPeriod(),
                    cell.lastPeriod());
            byKindAndBreakdown.merge(cell.kind() + "/" + cell.breakdown(), relabelled, Cell::plus);
        }
        return new ArrayList<>(byKindAndBreakdown.values());
    }

    static Selection selection(Indicator indicator, DashboardQuery query) {
        return new Selection(
                List.of(indicator.code()),
                indicator.aggregation() == Aggregation.WEIGHTED_MEAN
                        ? indicator.weightCode().orElseThrow()
                        : "",
                query.breakdowns(),
                query.from(),
                query.to(),
                query.approval(),
                query.stateCode().orElse(0),
                query.district().orElse(""),
                query.schemeCode().orElse(""),
                query.clusterIds(),
                indicator.aggregation() == Aggregation.LAST);
    }

    private List<DashboardView.Row> rows(Indicator indicator, Grouping by, List<Cell> cells) {
        Map<String, Map<String, BigDecimal>> actual = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> target = new HashMap<>();
        Map<String, Long> interventions = new HashMap<>();
        for (Cell cell : cells) {
            BigDecimal value = cell.value(indicator.aggregation());
            boolean isActual = cell.kind().equals(ValueKind.ACTUAL.name());
            (isActual ? actual : target).computeIfAbsent(cell.group(), g -> new HashMap<>());
            if (value != null) {
                (isActual ? actual : target).get(cell.group()).put(cell.breakdown(), value);
            }
            if (isActual && cell.breakdown().equals(Breakdowns.TOTAL)) {
                interventions.put(cell.group(), cell.interventions());
            }
            actual.computeIfAbsent(cell.group(), g -> new HashMap<>());
        }
        Map<String, String> labels = labels(by, new ArrayList<>(actual.keySet()));
        return actual.keySet().stream()
                .map(group -> new DashboardView.Row(
                        group,
                        labels.getOrDefault(group, group),
                        actual.get(group),
                        target.getOrDefault(group, Map.of()),
                        interventions.getOrDefault(group, 0L)))
                .sorted(Comparator.comparing(DashboardView.Row::label))
                .toList();
    }

    private Map<String, String> labels(Grouping by, List<String> keys) {
        return switch (by) {
            case STATE -> {
                Map<String, String> names = new HashMap<>();
                geography.states().forEach(state -> names.put(Integer.toString(state.code()), state.name()));
                yield names;
            }
            case PERIOD -> {
                Map<String, String> names = new HashMap<>();
                keys.forEach(key -> names.put(
                        key, ReportingPeriod.ofCode(Integer.parseInt(key)).label()));
                yield names;
            }
            case CLUSTER, INTERVENTION -> aggregator.labels(by, keys);
            default -> Map.of();
        };
    }

    /** The name of a state, for titles. */
    public String stateName(int code) {
        return geography.state(code).map(State::name).orElseThrow(() -> new NoSuchElementException("no state " + code));
    }
}
