package org.clusterdev.engine.io;

/**
 * Why a row of an input file could not be used.
 *
 * @param line the line number in the file, counting the header as line 1
 * @param field the column concerned, or {@code row} for the row as a whole
 * @param reason what is wrong, in words
 */
public record RowProblem(long line, String field, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + field + ": " + reason;
    }
}
