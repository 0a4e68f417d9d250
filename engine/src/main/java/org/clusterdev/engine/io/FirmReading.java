package org.clusterdev.engine.io;

import java.util.List;
import org.clusterdev.engine.firms.Firms;

/**
 * What reading a firm file gave.
 *
 * @param firms the firms read (without the bad rows)
 * @param rows the data rows in the file, blank lines not counted
 * @param located the rows located by their PIN code because lat and lon were empty
 * @param problems the first bad rows (at most {@link FirmCsvReader#PROBLEMS_KEPT}), in file order
 * @param problemCount the number of bad rows, all skipped
 * @param ignoredColumns header names the reader does not know, whose values were ignored
 */
public record FirmReading(
        Firms firms,
        long rows,
        long located,
        List<RowProblem> problems,
        long problemCount,
        List<String> ignoredColumns) {

    public FirmReading {
        problems = List.copyOf(problems);
        ignoredColumns = List.copyOf(ignoredColumns);
    }
}
