package org.clusterdev.registry.transfer;

import java.util.Map;

/**
 * One row of an import file by column name.
 *
 * @param number the row as a spreadsheet counts it (1 = the header)
 * @param values the cells by lower-case column name; cells under a header cell left empty are kept under ""
 */
record ImportRow(int number, Map<String, String> values) {

    /** The value of a column without surrounding spaces; empty when the column or the cell is missing. */
    String value(String column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }

    boolean isBlank() {
        return values.values().stream().allMatch(String::isBlank);
    }
}
