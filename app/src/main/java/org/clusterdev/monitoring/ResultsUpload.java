package org.clusterdev.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusterdev.monitoring.internal.SheetRows;
import org.clusterdev.monitoring.internal.SheetRows.SheetRow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters the values of a spreadsheet (CSV or XLSX, columns {@code intervention, year, quarter, indicator, kind,
 * breakdown, value} and optionally {@code confirm_outlier}) by the rules of {@link ResultsReporting#enter}, in one
 * transaction: when any row is bad, every bad row is reported with its row, field and reason and nothing is stored.
 */
@Service
public class ResultsUpload {

    private final ResultsReporting reporting;

    ResultsUpload(ResultsReporting reporting) {
        this.reporting = reporting;
    }

    /**
     * Stores every row of the sheet or none.
     *
     * @return the number of values entered
     * @throws UploadRefused listing every bad row; nothing is stored
     * @throws IllegalArgumentException "file: ..." when the file cannot be read at all
     */
    @Transactional(rollbackFor = UploadRefused.class)
    public int upload(InputStream input) throws IOException {
        List<SheetRow> rows = SheetRows.read(input);
        List<UploadProblem> problems = new ArrayList<>();
        for (SheetRow row : rows) {
            try {
                reporting.enter(entry(row));
            } catch (IllegalArgumentException | IllegalStateException e) {
                problems.add(problem(row.row(), e.getMessage()));
            } catch (AccessDeniedException e) {
                problems.add(new UploadProblem(row.row(), "intervention", "you may not report for this intervention"));
            }
        }
        if (rows.isEmpty()) {
            problems.add(new UploadProblem(1, "file", "the file has no rows of values"));
        }
        if (!problems.isEmpty()) {
            throw new UploadRefused(problems);
        }
        return rows.size();
    }

    private static ValueEntry entry(SheetRow row) {
        long intervention = whole(row, "intervention");
        ReportingPeriod period = new ReportingPeriod((int) whole(row, "year"), (int) whole(row, "quarter"));
        ValueKind kind;
        try {
            kind = ValueKind.valueOf(row.field("kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind: BASELINE, TARGET or ACTUAL, not '" + row.field("kind") + "'");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(row.field("value").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("value: '" + row.field("value") + "' is not a number");
        }
        String confirm = row.field("confirm_outlier").toLowerCase(Locale.ROOT);
        return new ValueEntry(
                intervention,
                period,
                row.field("indicator"),
                kind,
                row.field("breakdown"),
                value,
                confirm.equals("yes") || confirm.equals("true") || confirm.equals("1"));
    }

    private static long whole(SheetRow row, String column) {
        try {
            return Long.parseLong(row.field(column));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + ": '" + row.field(column) + "' is not a whole number");
        }
    }

    private static UploadProblem problem(int row, String message) {
        String text = message == null ? "" : message;
        int colon = text.indexOf(':');
        return colon > 0 && text.substring(0, colon).matches("[a-z_]+")
                ? new UploadProblem(
                        row, text.substring(0, colon), text.substring(colon + 1).strip())
                : new UploadProblem(row, "row", text);
    }
}
