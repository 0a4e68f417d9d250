package org.clusterdev.monitoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusterdev.programme.PlannedActivity;
import org.clusterdev.programme.PlansInForce;
import org.springframework.stereotype.Service;

/**
 * Which activities the schemes support, by the matrix of seed 004 Table 2.3, counted from the action plans in
 * force (seed 004 Table 2.4 judged this subjectively for 18 schemes; here it is counted). Over a range of financial
 * years an activity counts when its schedule shares a day with the range, and its budget counts for the plan years
 * that begin within the range; without years every activity counts with its whole budget.
 */
@Service
public class ActivityMatrix {

    private final PlansInForce plans;

    ActivityMatrix(PlansInForce plans) {
        this.plans = plans;
    }

    /** The matrix of a query, every cell present (zero where nothing is planned). */
    public MatrixView matrix(MatrixQuery query) {
        Map<String, MatrixView.Cell> cells = new LinkedHashMap<>();
        Set<Long> interventions = new HashSet<>();
        for (PlannedActivity activity : plans.activities(query.schemeCode(), java.util.Optional.empty())) {
            if (!activity.scheduledWithin(query.firstDay(), query.lastDay())) {
                continue;
            }
            long budget = query.fromYear().isEmpty() && query.toYear().isEmpty()
                    ? activity.budget()
                    : activity.budgetOfYearsStarting(query.firstDay(), query.lastDay());
            String code = code(activity.matrixIntervention(), activity.matrixNature());
            cells.merge(code, new MatrixView.Cell(code, 1, budget), (a, b) -> a.plus(b.activities(), b.budget()));
            interventions.add(activity.interventionId());
        }
        List<MatrixView.Row> rows = new ArrayList<>();
        for (String nature : MatrixView.NATURES) {
            List<MatrixView.Cell> row = MatrixView.INTERVENTIONS.stream()
                    .map(column -> cells.getOrDefault(code(column, nature), empty(code(column, nature))))
                    .toList();
            rows.add(new MatrixView.Row(nature, row, sum(MatrixView.letter(nature), row)));
        }
        List<MatrixView.Cell> columnTotals = new ArrayList<>();
        for (int column = 0; column < MatrixView.INTERVENTIONS.size(); column++) {
            int index = column;
            columnTotals.add(sum(
                    MatrixView.letter(MatrixView.INTERVENTIONS.get(column)),
                    rows.stream().map(r -> r.cells().get(index)).toList()));
        }
        MatrixView.Row total = new MatrixView.Row("TOTAL", columnTotals, sum("TOTAL", columnTotals));
        return new MatrixView(query, rows, total, interventions.size());
    }

    private static String code(String intervention, String nature) {
        return MatrixView.letter(intervention) + MatrixView.letter(nature);
    }

    private static MatrixView.Cell empty(String code) {
        return new MatrixView.Cell(code, 0, 0);
    }

    private static MatrixView.Cell sum(String code, List<MatrixView.Cell> cells) {
        return new MatrixView.Cell(
                code,
                cells.stream().mapToLong(MatrixView.Cell::activities).sum(),
                cells.stream().mapToLong(MatrixView.Cell::budget).sum());
    }
}
