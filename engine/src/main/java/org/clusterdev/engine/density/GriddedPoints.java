package org.clusterdev.engine.density;

import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.geo.Trigonometry;

/**
 * The points of one clustering run, sorted into grid cells, with identical coordinates merged: primitive arrays
 * only, about 50 bytes a point.
 *
 * <ul>
 *   <li>firm slots: {@code order[slot]} is a position in the {@link PointSet}; slots are sorted by cell (row, then
 *       column), duplicates of a coordinate are adjacent, and otherwise the input order is kept;
 *   <li>distinct points: {@code firmStart[p]..firmStart[p+1]} are the slots of point {@code p}; its latitude and
 *       longitude in radians, its unit vector ({@code xyz[3p..3p+2]}) and, when weighted, its summed weight;
 *   <li>cells: {@code cellStart[c]..cellStart[c+1]} are the distinct points of cell {@code c}, with its row,
 *       column, number of firms and summed weight;
 *   <li>rows that hold cells, with the stencil of each: which rows are within reach, how many columns to either
 *       side, and how cells at each column distance relate ({@link CellGrid#WITHIN}, ...).
 * </ul>
 */
final class GriddedPoints {

    final CellGrid grid;
    final boolean weighted;
    final int[] order;

    final int distinctCount;
    final int[] firmStart;
    /** Latitude and longitude in degrees by firm slot (of a distinct point: at its first slot). */
    final double[] latitudes;

    final double[] longitudes;
    final double[] xyz;
    final double[] weight;

    final int cellCount;
    final int[] cellRow;
    final int[] cellCol;
    final int[] cellStart;
    final int[] cellFirmStart;
    final double[] cellWeight;
    final double[] cellWeightPrefix;
    final int[] cellRowIndex;

    final int[] rowValue;
    final int[] rowCellStart;
    final double[] rowMinCos;
    final double[] rowMaxCos;
    final int stencilSpan;
    final int[] stencilRow;
    final int[] stencilReach;
    final byte[][] stencilClasses;

    private GriddedPoints(Builder b) {
        grid = b.grid;
        weighted = b.weighted;
        order = b.order;
        distinctCount = b.distinctCount;
        firmStart = b.firmStart;
        latitudes = b.latitudes;
        longitudes = b.longitudes;
        xyz = b.xyz;
        weight = b.weight;
        cellCount = b.cellCount;
        cellRow = b.cellRow;
        cellCol = b.cellCol;
        cellStart = b.cellStart;
        cellFirmStart = b.cellFirmStart;
        cellWeight = b.cellWeight;
        cellWeightPrefix = b.cellWeightPrefix;
        cellRowIndex = b.cellRowIndex;
        rowValue = b.rowValue;
        rowCellStart = b.rowCellStart;
        rowMinCos = b.rowMinCos;
        rowMaxCos = b.rowMaxCos;
        stencilSpan = 2 * grid.rowReach + 1;
        stencilRow = b.stencilRow;
        stencilReach = b.stencilReach;
        stencilClasses = b.stencilClasses;
    }

    /** Sorts, merges and indexes the points; refuses a coordinate out of range. */
    static GriddedPoints build(PointSet points, CellGrid grid, boolean weighted, Parallelism parallelism) {
        Builder builder = new Builder(points, grid, weighted, parallelism);
        builder.sortIntoCells();
        builder.mergeDuplicates();
        builder.indexRows();
        return new GriddedPoints(builder);
    }

    int firms(int cell) {
        return cellFirmStart[cell + 1] - cellFirmStart[cell];
    }

    int firmsAt(int point) {
        return firmStart[point + 1] - firmStart[point];
    }

    /** The position, in the point set, of the first firm at a distinct point: the tie-breaker. */
    int firstMember(int point) {
        return order[firmStart[point]];
    }

    double chordSquared(int p, int q) {
        double dx = xyz[3 * p] - xyz[3 * q];
        double dy = xyz[3 * p + 1] - xyz[3 * q + 1];
        double dz = xyz[3 * p + 2] - xyz[3 * q + 2];
        return dx * dx + dy * dy + dz * dz;
    }

    double cosPhi(int p) {
        double x = xyz[3 * p];
        double y = xyz[3 * p + 1];
        return Math.sqrt(x * x + y * y);
    }

    /** How the distinct point {@code p} relates to the points of {@code cell}. */
    byte classify(int p, int cell) {
        int rowIndex = cellRowIndex[cell];
        return grid.classifyPoint(
                CellGrid.radians(latitudes[firmStart[p]]),
                CellGrid.radians(longitudes[firmStart[p]]),
                cosPhi(p),
                cellRow[cell],
                cellCol[cell],
                rowMinCos[rowIndex],
                rowMaxCos[rowIndex]);
    }

    private static final class Builder {
        private final PointSet points;
        private final CellGrid grid;
        private final boolean weighted;
        private final Parallelism parallelism;
        private final int n;

        int[] order;
        double[] latitudes;
        double[] longitudes;
        int distinctCount;
        int[] firmStart;
        double[] xyz;
        double[] weight;
        int cellCount;
        int[] cellRow;
        int[] cellCol;
        int[] cellStart;
        int[] cellFirmStart;
        double[] cellWeight;
        double[] cellWeightPrefix;
        int[] cellRowIndex;
        int[] rowValue;
        int[] rowCellStart;
        double[] rowMinCos;
        double[] rowMaxCos;
        int[] stencilRow;
        int[] stencilReach;
        byte[][] stencilClasses;

        Builder(PointSet points, CellGrid grid, boolean weighted, Parallelism parallelism) {
            this.points = points;
            this.grid = grid;
            this.weighted = weighted;
            this.parallelism = parallelism;
            this.n = points.size();
        }

        void sortIntoCells() {
            int[] range = cellRange();
            CellSort sort = new CellSort(grid, range[0], range[1], range[2], range[3]);
            CellSort.Sorted sorted = sort.sort(points, parallelism);
            order = sorted.positions();
            latitudes = sorted.latitudes();
            longitudes = sorted.longitudes();
            int cells = n == 0 ? 0 : 1;
            for (int i = 1; i < n; i++) {
                if (sorted.key(i) != sorted.key(i - 1)) {
                    cells++;
                }
            }
            cellCount = cells;
            cellRow = new int[cells];
            cellCol = new int[cells];
            cellFirmStart = new int[cells + 1];
            int c = -1;
            for (int i = 0; i < n; i++) {
                long key = sorted.key(i);
                if (i == 0 || key != sorted.key(i - 1)) {
                    c++;
                    cellFirmStart[c] = i;
                    cellRow[c] = sort.rowOf(key);
                    cellCol[c] = sort.colOf(key);
                }
            }
            cellFirmStart[cells] = n;
        }

        /** Rows and columns spanned: {rowMin, rowMax, colMin, colMax}; checks every coordinate. */
        private int[] cellRange() {
            int[] range = {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE};
            parallelism.forEachChunk(n, 1 << 14, (a, b) -> {
                int[] local = {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE};
                for (int i = a; i < b; i++) {
                    double lat = points.latitude(i);
                    double lon = points.longitude(i);
                    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
                        throw new IllegalArgumentException("coordinates: point " + points.member(i) + " is at (" + lat
                                + ", " + lon + "), outside -90..90, -180..180");
                    }
                    int row = grid.row(CellGrid.radians(lat));
                    int col = grid.col(CellGrid.radians(lon));
                    local[0] = Math.min(local[0], row);
                    local[1] = Math.max(local[1], row);
                    local[2] = Math.min(local[2], col);
                    local[3] = Math.max(local[3], col);
                }
                synchronized (range) {
                    range[0] = Math.min(range[0], local[0]);
                    range[1] = Math.max(range[1], local[1]);
                    range[2] = Math.min(range[2], local[2]);
                    range[3] = Math.max(range[3], local[3]);
                }
            });
            if (n == 0) {
                return new int[] {0, 0, 0, 0};
            }
            return range;
        }

        void mergeDuplicates() {
            int[] distinctPerCell = new int[cellCount];
            parallelism.forEachChunk(cellCount, 256, (a, b) -> {
                Duplicates duplicates = new Duplicates(latitudes, longitudes, order);
                for (int c = a; c < b; c++) {
                    distinctPerCell[c] = duplicates.group(cellFirmStart[c], cellFirmStart[c + 1]);
                }
            });
            cellStart = new int[cellCount + 1];
            for (int c = 0; c < cellCount; c++) {
                cellStart[c + 1] = cellStart[c] + distinctPerCell[c];
            }
            distinctCount = cellStart[cellCount];
            firmStart = new int[distinctCount + 1];
            firmStart[distinctCount] = n;
            xyz = new double[3 * distinctCount];
            weight = weighted ? new double[distinctCount] : null;
            cellWeight = weighted ? new double[cellCount] : null;
            parallelism.forEachChunk(cellCount, 256, (a, b) -> {
                for (int c = a; c < b; c++) {
                    fillCell(c);
                }
            });
            if (weighted) {
                cellWeightPrefix = new double[cellCount + 1];
                for (int c = 0; c < cellCount; c++) {
                    cellWeightPrefix[c + 1] = cellWeightPrefix[c] + cellWeight[c];
                }
            }
        }

        private void fillCell(int c) {
            int p = cellStart[c] - 1;
            double previousLat = Double.NaN;
            double previousLon = Double.NaN;
            double cellTotal = 0;
            for (int slot = cellFirmStart[c]; slot < cellFirmStart[c + 1]; slot++) {
                double lat = latitudes[slot];
                double lon = longitudes[slot];
                if (lat != previousLat || lon != previousLon) {
                    p++;
                    firmStart[p] = slot;
                    double ph = CellGrid.radians(lat);
                    double la = CellGrid.radians(lon);
                    Trigonometry.unitVector(ph, la, xyz, 3 * p);
                    previousLat = lat;
                    previousLon = lon;
                }
                if (weighted) {
                    double w = points.weight(order[slot]);
                    weight[p] += w;
                    cellTotal += w;
                }
            }
            if (weighted) {
                cellWeight[c] = cellTotal;
            }
        }

        void indexRows() {
            int rows = 0;
            for (int c = 0; c < cellCount; c++) {
                if (c == 0 || cellRow[c] != cellRow[c - 1]) {
                    rows++;
                }
            }
            rowValue = new int[rows];
            rowCellStart = new int[rows + 1];
            cellRowIndex = new int[cellCount];
            int r = -1;
            for (int c = 0; c < cellCount; c++) {
                if (c == 0 || cellRow[c] != cellRow[c - 1]) {
                    r++;
                    rowValue[r] = cellRow[c];
                    rowCellStart[r] = c;
                }
                cellRowIndex[c] = r;
            }
            rowCellStart[rows] = cellCount;
            rowMinCos = new double[rows];
            rowMaxCos = new double[rows];
            for (int i = 0; i < rows; i++) {
                rowMinCos[i] = grid.minCos(rowValue[i]);
                rowMaxCos[i] = grid.maxCos(rowValue[i]);
            }
            buildStencils(rows);
        }

        private void buildStencils(int rows) {
            int reach = grid.rowReach;
            int span = 2 * reach + 1;
            stencilRow = new int[rows * span];
            stencilReach = new int[rows * span];
            stencilClasses = new byte[rows * span][];
            parallelism.forEachChunk(rows, 1024, (a, b) -> {
                for (int i = a; i < b; i++) {
                    for (int dr = -reach; dr <= reach; dr++) {
                        int slot = i * span + dr + reach;
                        int j = presentRow(i, rowValue[i] + dr, rows);
                        stencilRow[slot] = j;
                        if (j < 0) {
                            continue;
                        }
                        int columns = grid.columnReach(rowMinCos[i], rowMinCos[j]);
                        stencilReach[slot] = columns;
                        if (columns == CellGrid.ALL_COLUMNS) {
                            continue;
                        }
                        byte[] classes = new byte[columns + 1];
                        int reachable = -1;
                        for (int dc = 0; dc <= columns; dc++) {
                            classes[dc] = grid.classifyCells(
                                    Math.abs(dr), dc, false, rowMinCos[i], rowMinCos[j], rowMaxCos[i], rowMaxCos[j]);
                            if (classes[dc] != CellGrid.APART) {
                                reachable = dc;
                            }
                        }
                        // the bounds grow with the column distance: cutting the wholly unreachable ends off the
                        // stencil leaves no unreachable cell in it
                        if (reachable < 0) {
                            stencilRow[slot] = -1;
                        }
                        stencilReach[slot] = reachable;
                        stencilClasses[slot] = classes;
                    }
                }
            });
        }

        private int presentRow(int index, int value, int rows) {
            int reach = grid.rowReach;
            for (int j = Math.max(0, index - reach); j <= Math.min(rows - 1, index + reach); j++) {
                if (rowValue[j] == value) {
                    return j;
                }
            }
            return -1;
        }
    }
}
