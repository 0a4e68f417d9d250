package org.clusterdev.registry.transfer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a kind of import knows: those every file must have, and those it may have. Order is free;
 * a column the import does not know is refused rather than ignored, so a misspelt header never drops data.
 *
 * @param required columns a file must have
 * @param optional columns a file may have; a missing one leaves the stored value as it is
 */
public record ColumnSet(List<String> required, List<String> optional) {

    /** Every column in documentation order: the required ones first. */
    public List<String> all() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }

    public boolean isRequired(String column) {
        return required.contains(column);
    }

    /** Reports unknown, repeated and missing columns of a header, all on row 1. */
    void check(List<String> header, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (column.isEmpty()) {
                continue;
            }
            if (!all().contains(column)) {
                problems.add(1, column, "transfer.problem.unknownColumn", String.join(", ", all()));
            } else if (!seen.add(column)) {
                problems.add(1, column, "transfer.problem.repeatedColumn");
            }
        }
        for (String column : required) {
            if (!header.contains(column)) {
                problems.add(1, column, "transfer.problem.missingColumn");
            }
        }
    }
}
