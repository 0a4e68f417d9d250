package org.clusterdev.monitoring;

import java.util.List;

/**
 * The scheme view of seed 004 Table 2.4 from the recorded action plans: the activities supported (and their
 * budget) in each cell of the Table 2.3 matrix, nature of activity (rows B, R, I, L) by typology of intervention
 * (columns M, P, S), with the total of each row and each column.
 *
 * @param rows benchmarking, other soft activities, infrastructure, linkage with lead value-chain partners
 * @param total the column totals, with the grand total as its own total
 * @param interventions how many interventions' plans were counted
 */
public record MatrixView(MatrixQuery query, List<Row> rows, Row total, long interventions) {

    /** The typologies of intervention, the columns, in the seed's order. */
    public static final List<String> INTERVENTIONS =
            List.of("MARKETING", "PRODUCTIVITY_COMPETITIVENESS", "LOCAL_ORGANISATIONS");

    /** The natures of activity, the rows, in the seed's order. */
    public static final List<String> NATURES =
            List.of("BENCHMARKING", "OTHER_SOFT", "INFRASTRUCTURE", "VALUE_CHAIN_LINKAGE");

    /** The seed's letter of a column or row: M, P, S; B, R, I, L. */
    public static String letter(String cell) {
        return switch (cell) {
            case "MARKETING" -> "M";
            case "PRODUCTIVITY_COMPETITIVENESS" -> "P";
            case "LOCAL_ORGANISATIONS" -> "S";
            case "BENCHMARKING" -> "B";
            case "OTHER_SOFT" -> "R";
            case "INFRASTRUCTURE" -> "I";
            case "VALUE_CHAIN_LINKAGE" -> "L";
            default -> throw new IllegalArgumentException("no cell of the matrix is called " + cell);
        };
    }

    /**
     * One row of the matrix.
     *
     * @param nature the nature of activity, or TOTAL for the column totals
     * @param cells one per typology of intervention, in the order of {@link #INTERVENTIONS}
     * @param total the row's total
     */
    public record Row(String nature, List<Cell> cells, Cell total) {}

    /**
     * One cell.
     *
     * @param code the seed's name of the cell, e.g. {@code MB}; a row total is named by its row letter, a column
     *     total by its column letter, the grand total {@code TOTAL}
     * @param activities the activities of plans in force placed in it
     * @param budget their budget in whole rupees
     */
    public record Cell(String code, long activities, long budget) {

        Cell plus(long moreActivities, long moreBudget) {
            return new Cell(code, activities + moreActivities, budget + moreBudget);
        }
    }
}
