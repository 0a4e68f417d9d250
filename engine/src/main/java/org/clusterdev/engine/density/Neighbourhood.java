package org.clusterdev.engine.density;

/**
 * The cells around a cell that may hold points within eps of it, as runs of consecutive cell indexes: one run per
 * neighbouring row (cells {@code col - reach .. col + reach}), plus a second one where the stencil wraps around
 * the antimeridian. Because cells are sorted by row and column, the distinct points and the firms of a run are
 * consecutive too, so callers can scan a run in one loop. The cell itself is part of the run of its own row.
 *
 * <p>Walking the cells of a row in column order, as the callers do, the search in each neighbouring row resumes
 * where the previous cell's stopped, so finding the runs costs a constant per cell. One instance per thread.
 */
final class Neighbourhood {

    /** Marks a run whose relations are not in the stencil table and are computed cell by cell. */
    private static final int COMPUTED = -1;

    private final GriddedPoints g;
    private final CellGrid grid;
    private final int reach;
    private final int[] cursor;
    private int cursorRow = -1;
    private int lastCell = -1;
    private int cell;
    private int row;
    private int col;

    /** The number of runs. */
    int runs;
    /** First cell of each run. */
    final int[] runFirst;
    /** One past the last cell of each run. */
    final int[] runEnd;
    /** Stencil slot of each run, or {@link #COMPUTED}. */
    private final int[] runSlot;
    /** Present-row index of each run's row. */
    private final int[] runRow;

    Neighbourhood(GriddedPoints points) {
        this.g = points;
        this.grid = points.grid;
        this.reach = grid.rowReach;
        this.cursor = new int[2 * reach + 1];
        int capacity = 2 * (2 * reach + 1);
        runFirst = new int[capacity];
        runEnd = new int[capacity];
        runSlot = new int[capacity];
        runRow = new int[capacity];
    }

    /** Finds the runs around {@code cell}. */
    void collect(int cell) {
        runs = 0;
        this.cell = cell;
        row = g.cellRowIndex[cell];
        col = g.cellCol[cell];
        if (row != cursorRow || cell < lastCell) {
            for (int dr = -reach; dr <= reach; dr++) {
                int other = g.stencilRow[row * g.stencilSpan + dr + reach];
                cursor[dr + reach] = other < 0 ? 0 : g.rowCellStart[other];
            }
            cursorRow = row;
        }
        lastCell = cell;
        // the outer rows first: they hold most of the points out of reach, so a search for a point that is not
        // core can stop early
        for (int k = 2 * reach; k >= 0; k--) {
            int dr = (k & 1) == 0 ? k / 2 : -(k + 1) / 2;
            int slot = row * g.stencilSpan + dr + reach;
            int other = g.stencilRow[slot];
            if (other >= 0) {
                collectRow(other, dr + reach, slot);
            }
        }
    }

    private void collectRow(int other, int cursorSlot, int slot) {
        int start = g.rowCellStart[other];
        int end = g.rowCellStart[other + 1];
        int columns = g.stencilReach[slot];
        if (columns == CellGrid.ALL_COLUMNS) {
            add(start, end, COMPUTED, other);
            return;
        }
        int low = col - columns;
        int high = col + columns;
        int j = cursor[cursorSlot];
        int first = Math.max(low, 0);
        while (j < end && g.cellCol[j] < first) {
            j++;
        }
        cursor[cursorSlot] = j;
        int last = Math.min(high, grid.cols - 1);
        int k = j;
        while (k < end && g.cellCol[k] <= last) {
            k++;
        }
        add(j, k, slot, other);
        if (low < 0) {
            add(lowerBound(start, end, low + grid.cols), end, COMPUTED, other);
        }
        if (high >= grid.cols) {
            add(start, lowerBound(start, end, high - grid.cols + 1), COMPUTED, other);
        }
    }

    /** How the points of cell {@code j}, in run {@code run}, relate to those of the collected cell. */
    byte relation(int run, int j) {
        if (j == cell) {
            return CellGrid.WITHIN;
        }
        int slot = runSlot[run];
        int otherCol = g.cellCol[j];
        if (slot != COMPUTED) {
            return g.stencilClasses[slot][Math.abs(otherCol - col)];
        }
        int other = runRow[run];
        return grid.classifyCells(
                Math.abs(g.rowValue[row] - g.rowValue[other]),
                grid.columnDistance(col, otherCol),
                grid.acrossSeam(col, otherCol),
                g.rowMinCos[row],
                g.rowMinCos[other],
                g.rowMaxCos[row],
                g.rowMaxCos[other]);
    }

    private int lowerBound(int start, int end, int target) {
        int lo = start;
        int hi = end;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (g.cellCol[mid] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void add(int first, int end, int slot, int other) {
        if (first < end) {
            runFirst[runs] = first;
            runEnd[runs] = end;
            runSlot[runs] = slot;
            runRow[runs] = other;
            runs++;
        }
    }
}
