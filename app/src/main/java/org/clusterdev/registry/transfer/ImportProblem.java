package org.clusterdev.registry.transfer;

/**
 * One thing wrong with an import file.
 *
 * @param row the row of the file, counted as a spreadsheet counts them (1 = the header); 0 for the file as a whole
 * @param column the column concerned, as the header names it; empty when the problem concerns no column
 * @param reason why, in the reader's language
 */
public record ImportProblem(int row, String column, String reason) {}
