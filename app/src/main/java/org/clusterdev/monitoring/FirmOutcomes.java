package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clusterdev.monitoring.internal.Aggregator;
import org.clusterdev.monitoring.internal.Aggregator.Cell;
import org.clusterdev.monitoring.internal.Aggregator.Selection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds seed 004 Tables 2.5-2.6 for any set of clusters and financial years from the actuals reported. */
@Service
public class FirmOutcomes {

    private final Aggregator aggregator;
    private final ResultsFramework framework;

    FirmOutcomes(Aggregator aggregator, ResultsFramework framework) {
        this.aggregator = aggregator;
        this.framework = framework;
    }

    /**
     * The table for these clusters (all when empty) over the financial years {@code fromYear} to {@code toYear}
     * (2021 for 2021-22), counting values with at least the approval given.
     *
     * @throws IllegalArgumentException "toYear: ..." when the years are in the wrong order
     */
    @Transactional(readOnly = true)
    public FirmOutcomeTable table(List<Long> clusterIds, int fromYear, int toYear, Approval approval) {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("toYear: " + toYear + " comes before " + fromYear);
        }
        List<String> columns = Stream.concat(FirmOutcomeTable.TABLE_2_5.stream(), FirmOutcomeTable.TABLE_2_6.stream())
                .toList();
        Map<String, Indicator> indicators = framework.indicators().stream()
                .filter(i -> columns.contains(i.code()))
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
        Selection selection = new Selection(
                columns,
                "",
                List.of(Breakdowns.TOTAL),
                new ReportingPeriod(fromYear, 1),
                new ReportingPeriod(toYear, 4),
                approval,
                0,
                "",
                "",
                clusterIds,
                true);
        List<Cell> byCluster = actuals(aggregator.aggregate(selection, Grouping.CLUSTER));
        Map<String, String> names = aggregator.labels(
                Grouping.CLUSTER, byCluster.stream().map(Cell::group).distinct().toList());
        List<FirmOutcomeTable.Row> rows = new ArrayList<>();
        byCluster.stream()
                .collect(Collectors.groupingBy(Cell::group))
                .forEach((cluster, cells) -> rows.add(
                        row(Long.parseLong(cluster), names.getOrDefault(cluster, cluster), cells, indicators)));
        rows.sort(Comparator.comparing(FirmOutcomeTable.Row::name));
        FirmOutcomeTable.Row total = row(0, "", actuals(aggregator.aggregate(selection, Grouping.ALL)), indicators);
        return new FirmOutcomeTable(columns, rows, total);
    }

    private static List<Cell> actuals(List<Cell> cells) {
        return cells.stream()
                .filter(c -> c.kind().equals(ValueKind.ACTUAL.name()))
                .toList();
    }

    private static FirmOutcomeTable.Row row(
            long clusterId, String name, List<Cell> cells, Map<String, Indicator> indicators) {
        Map<String, BigDecimal> values = new HashMap<>();
        cells.forEach(cell -> {
            BigDecimal value = cell.value(indicators.get(cell.indicator()).aggregation());
            if (value != null) {
                values.put(cell.indicator(), value);
            }
        });
        String years = cells.isEmpty()
                ? ""
                : ReportingPeriod.ofCode(cells.stream()
                                        .mapToInt(Cell::firstPeriod)
                                        .min()
                                        .orElseThrow())
                                .financialYear()
                        + " - "
                        + ReportingPeriod.ofCode(cells.stream()
                                        .mapToInt(Cell::lastPeriod)
                                        .max()
                                        .orElseThrow())
                                .financialYear();
        return new FirmOutcomeTable.Row(clusterId, name, years, values);
    }
}
