package org.clusterdev.engine.firms;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds a table from blocks of rows appended in order. Each block is copied into columns sized for the rows
 * expected (grown by half when more come) and can be dropped at once: a reader keeps only a few blocks in
 * memory, never the whole table twice. Dictionary columns are renumbered into one dictionary each.
 */
public final class FirmsAssembly {
    final FirmColumns.Layout layout;
    int size;
    private int capacity;
    final Dictionary nicCodes = new Dictionary();
    final Dictionary districtNames = new Dictionary();
    final Dictionary stateNames = new Dictionary();
    final Dictionary productNames = new Dictionary();
    byte[] idBytes;
    int[] idStart;
    double[] latitudes;
    double[] longitudes;
    int[] nic;
    double[] employment;
    double[] turnover;
    double[] exports;
    double[] artisans;
    double[] looms;
    double[] families;
    int[] pins;
    int[] districts;
    int[] states;
    int[] products;

    /** An empty table of the given layout with room for {@code expectedRows} rows. */
    public FirmsAssembly(FirmColumns.Layout layout, int expectedRows) {
        this.layout = layout;
        capacity = Math.max(16, expectedRows);
        idBytes = new byte[capacity * 8];
        idStart = new int[capacity + 1];
        latitudes = new double[capacity];
        longitudes = new double[capacity];
        nic = new int[capacity];
        employment = new double[capacity];
        turnover = new double[capacity];
        exports = new double[capacity];
        artisans = layout.weights().contains(WeightColumn.ARTISANS) ? new double[capacity] : null;
        looms = layout.weights().contains(WeightColumn.LOOMS) ? new double[capacity] : null;
        families = layout.weights().contains(WeightColumn.FAMILIES) ? new double[capacity] : null;
        pins = layout.pins() ? new int[capacity] : null;
        districts = layout.places() ? new int[capacity] : null;
        states = layout.places() ? new int[capacity] : null;
        products = layout.products() ? new int[capacity] : null;
    }

    /**
     * Appends the rows of a block.
     *
     * @throws IllegalArgumentException when the block's layout differs, or the table would pass 2 billion rows
     *     or 2 GB of ids
     */
    public void append(FirmColumns block) {
        if (!block.layout.equals(layout)) {
            throw new IllegalArgumentException("blocks: all blocks need the same layout");
        }
        int rows = block.size;
        if ((long) size + rows > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("firms: more than 2 billion rows");
        }
        if (size + rows > capacity) {
            grow(Math.max(size + rows, capacity + capacity / 2));
        }
        appendIds(block);
        System.arraycopy(block.latitudes, 0, latitudes, size, rows);
        System.arraycopy(block.longitudes, 0, longitudes, size, rows);
        System.arraycopy(block.employment, 0, employment, size, rows);
        System.arraycopy(block.turnover, 0, turnover, size, rows);
        System.arraycopy(block.exports, 0, exports, size, rows);
        copy(block.artisans, artisans, rows);
        copy(block.looms, looms, rows);
        copy(block.families, families, rows);
        if (pins != null) {
            System.arraycopy(block.pins, 0, pins, size, rows);
        }
        remap(block.nic, block.nicCodes, nic, nicCodes, rows);
        if (districts != null) {
            remap(block.districts, block.districtNames, districts, districtNames, rows);
            remap(block.states, block.stateNames, states, stateNames, rows);
        }
        if (products != null) {
            remap(block.products, block.productNames, products, productNames, rows);
        }
        size += rows;
    }

    /** The number of rows appended so far. */
    public int size() {
        return size;
    }

    /** The id of a row appended. */
    public String id(int row) {
        return new String(idBytes, idStart[row], idStart[row + 1] - idStart[row], StandardCharsets.UTF_8);
    }

    /** The table. The assembly must not be used afterwards. */
    public Firms build() {
        return new Firms(this);
    }

    private void appendIds(FirmColumns block) {
        int bytes = block.idStart[block.size];
        int at = idStart[size];
        if ((long) at + bytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("firms: more than 2 GB of ids");
        }
        if (at + bytes > idBytes.length) {
            idBytes = Arrays.copyOf(idBytes, (int)
                    Math.min(Integer.MAX_VALUE - 16, Math.max(at + bytes, (long) idBytes.length + idBytes.length / 2)));
        }
        System.arraycopy(block.idBytes, 0, idBytes, at, bytes);
        for (int i = 1; i <= block.size; i++) {
            idStart[size + i] = at + block.idStart[i];
        }
    }

    private void copy(double[] from, double[] to, int rows) {
        if (to != null) {
            System.arraycopy(from, 0, to, size, rows);
        }
    }

    private void remap(int[] from, Dictionary local, int[] to, Dictionary global, int rows) {
        int[] renumber = new int[local.size()];
        for (int k = 0; k < renumber.length; k++) {
            renumber[k] = global.indexOf(local.value(k));
        }
        for (int i = 0; i < rows; i++) {
            to[size + i] = from[i] < 0 ? -1 : renumber[from[i]];
        }
    }

    /**
     * Removes rows, keeping the others in order.
     *
     * @param rows the rows to remove, in ascending order
     */
    public void dropRows(int[] rows) {
        if (rows.length == 0) {
            return;
        }
        int kept = rows[0];
        int bytes = idStart[kept];
        int next = 0;
        for (int row = kept; row < size; row++) {
            if (next < rows.length && rows[next] == row) {
                next++;
                continue;
            }
            int length = idStart[row + 1] - idStart[row];
            System.arraycopy(idBytes, idStart[row], idBytes, bytes, length);
            idStart[kept] = bytes;
            bytes += length;
            latitudes[kept] = latitudes[row];
            longitudes[kept] = longitudes[row];
            nic[kept] = nic[row];
            employment[kept] = employment[row];
            turnover[kept] = turnover[row];
            exports[kept] = exports[row];
            move(artisans, row, kept);
            move(looms, row, kept);
            move(families, row, kept);
            move(pins, row, kept);
            move(districts, row, kept);
            move(states, row, kept);
            move(products, row, kept);
            kept++;
        }
        idStart[kept] = bytes;
        size = kept;
    }

    private static void move(double[] column, int from, int to) {
        if (column != null) {
            column[to] = column[from];
        }
    }

    private static void move(int[] column, int from, int to) {
        if (column != null) {
            column[to] = column[from];
        }
    }

    private void grow(int rows) {
        capacity = rows;
        idStart = Arrays.copyOf(idStart, rows + 1);
        latitudes = Arrays.copyOf(latitudes, rows);
        longitudes = Arrays.copyOf(longitudes, rows);
        nic = Arrays.copyOf(nic, rows);
        employment = Arrays.copyOf(employment, rows);
        turnover = Arrays.copyOf(turnover, rows);
        exports = Arrays.copyOf(exports, rows);
        artisans = artisans == null ? null : Arrays.copyOf(artisans, rows);
        looms = looms == null ? null : Arrays.copyOf(looms, rows);
        families = families == null ? null : Arrays.copyOf(families, rows);
        pins = pins == null ? null : Arrays.copyOf(pins, rows);
        districts = districts == null ? null : Arrays.copyOf(districts, rows);
        states = states == null ? null : Arrays.copyOf(states, rows);
        products = products == null ? null : Arrays.copyOf(products, rows);
    }
}
