package org.clusterdev.registry.transfer;

import java.util.List;

/**
 * What a dry run found: every problem, or else what applying the file would do. Nothing was written.
 *
 * @param kind what the file imports
 * @param rows how many rows with content the file has
 * @param created rows that would create a cluster or stakeholder
 * @param updated rows that would change one
 * @param unchanged rows that match what is stored
 * @param firstRows the outcome of the first rows, for people to check the file was read as meant
 * @param problems every problem, by row; the file can be applied only when there is none
 */
public record ImportPreview(
        ImportKind kind,
        int rows,
        int created,
        int updated,
        int unchanged,
        List<RowOutcome> firstRows,
        List<ImportProblem> problems) {

    /** How many rows the preview lists. */
    public static final int ROWS_SHOWN = 20;

    public boolean applicable() {
        return problems.isEmpty() && rows > 0;
    }
}
