package org.clusterdev.engine.firms;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.clusterdev.engine.density.PointSet;

/**
 * An immutable table of firms, column by column. Rows are numbered from 0 in input order. Optional columns
 * (weights, PIN, district and state, product) are present for all rows or for none; within a present column a
 * row may still be unknown ({@code -1} for dictionary columns, 0 for PIN codes and weights).
 */
public final class Firms {

    private final int size;
    private final FirmColumns.Layout layout;
    private final byte[] idBytes;
    private final int[] idStart;
    private final double[] latitudes;
    private final double[] longitudes;
    private final int[] nic;
    private final double[] employment;
    private final double[] turnover;
    private final double[] exports;
    private final double[] artisans;
    private final double[] looms;
    private final double[] families;
    private final int[] pins;
    private final int[] districts;
    private final int[] states;
    private final int[] products;
    private final List<String> nicCodes;
    private final List<String> districtNames;
    private final List<String> stateNames;
    private final List<String> productNames;

    private Firms(Assembly assembly) {
        size = assembly.size;
        layout = assembly.layout;
        idBytes = assembly.idBytes;
        idStart = assembly.idStart;
        latitudes = assembly.latitudes;
        longitudes = assembly.longitudes;
        nic = assembly.nic;
        employment = assembly.employment;
        turnover = assembly.turnover;
        exports = assembly.exports;
        artisans = assembly.artisans;
        looms = assembly.looms;
        families = assembly.families;
        pins = assembly.pins;
        districts = assembly.districts;
        states = assembly.states;
        products = assembly.products;
        nicCodes = assembly.nicCodes.values();
        districtNames = assembly.districtNames.values();
        stateNames = assembly.stateNames.values();
        productNames = assembly.productNames.values();
    }

    /**
     * A table of the given firms with the given layout.
     *
     * @throws IllegalArgumentException when the ids do not fit in 2 GB
     */
    public static Firms of(FirmColumns.Layout layout, List<Firm> firms) {
        FirmColumns columns = new FirmColumns(layout, firms.size());
        firms.forEach(columns::add);
        return concat(List.of(columns));
    }

    /**
     * Joins blocks of rows in order; the blocks are emptied on the way, to keep memory low.
     *
     * @throws IllegalArgumentException when blocks differ in layout, or the ids do not fit in 2 GB
     */
    public static Firms concat(List<FirmColumns> blocks) {
        Assembly assembly = new Assembly(
                blocks.isEmpty() ? FirmColumns.Layout.required() : blocks.get(0).layout,
                blocks.stream().mapToInt(FirmColumns::size).sum());
        blocks.forEach(assembly::append);
        return assembly.build();
    }

    /** The number of firms. */
    public int size() {
        return size;
    }

    /** Which optional columns the table has. */
    public FirmColumns.Layout layout() {
        return layout;
    }

    /** The id of a firm. */
    public String id(int firm) {
        return new String(idBytes, idStart[firm], idStart[firm + 1] - idStart[firm], StandardCharsets.UTF_8);
    }

    /** The length in bytes (UTF-8) of a firm's id. */
    public int idLength(int firm) {
        return idStart[firm + 1] - idStart[firm];
    }

    /** Copies a firm's id, in UTF-8, into {@code target} from {@code at}; returns the number of bytes. */
    public int copyId(int firm, byte[] target, int at) {
        int length = idLength(firm);
        System.arraycopy(idBytes, idStart[firm], target, at, length);
        return length;
    }

    /** Degrees north. */
    public double latitude(int firm) {
        return latitudes[firm];
    }

    /** Degrees east. */
    public double longitude(int firm) {
        return longitudes[firm];
    }

    /** The NIC code of a firm. */
    public String nic(int firm) {
        return nicCodes.get(nic[firm]);
    }

    /** The number of a firm's NIC code in {@link #nicCodes()}. */
    public int nicIndex(int firm) {
        return nic[firm];
    }

    /** The distinct NIC codes, in order of first appearance. */
    public List<String> nicCodes() {
        return nicCodes;
    }

    /** Persons employed. */
    public double employment(int firm) {
        return employment[firm];
    }

    /** Annual turnover in rupees. */
    public double turnoverInr(int firm) {
        return turnover[firm];
    }

    /** Annual exports in rupees. */
    public double exportsInr(int firm) {
        return exports[firm];
    }

    /** Whether the table has a weight column (employment always). */
    public boolean has(WeightColumn column) {
        return column == WeightColumn.EMPLOYMENT || layout.weights().contains(column);
    }

    /** The weight columns present, employment included. */
    public Set<WeightColumn> weightColumns() {
        EnumSet<WeightColumn> present = EnumSet.of(WeightColumn.EMPLOYMENT);
        present.addAll(layout.weights());
        return present;
    }

    /**
     * A firm's value in a weight column.
     *
     * @throws IllegalArgumentException when the table has no such column
     */
    public double weight(WeightColumn column, int firm) {
        return weights(column)[firm];
    }

    /** A firm's PIN code, 0 when unknown or when the table has no PIN column. */
    public int pin(int firm) {
        return pins == null ? 0 : pins[firm];
    }

    /** Whether the table has districts and states. */
    public boolean hasPlaces() {
        return districts != null;
    }

    /** The number of a firm's district in {@link #districtNames()}, -1 when unknown. */
    public int districtIndex(int firm) {
        return districts == null ? -1 : districts[firm];
    }

    /** The number of a firm's state in {@link #stateNames()}, -1 when unknown. */
    public int stateIndex(int firm) {
        return states == null ? -1 : states[firm];
    }

    /** District names by number. */
    public List<String> districtNames() {
        return districtNames;
    }

    /** State names by number. */
    public List<String> stateNames() {
        return stateNames;
    }

    /** A firm's district, if known. */
    public Optional<String> district(int firm) {
        return districtIndex(firm) < 0 ? Optional.empty() : Optional.of(districtNames.get(districts[firm]));
    }

    /** A firm's state, if known. */
    public Optional<String> state(int firm) {
        return stateIndex(firm) < 0 ? Optional.empty() : Optional.of(stateNames.get(states[firm]));
    }

    /** The number of a firm's local product name in {@link #productNames()}, -1 when unknown. */
    public int productIndex(int firm) {
        return products == null ? -1 : products[firm];
    }

    /** Local product names by number. */
    public List<String> productNames() {
        return productNames;
    }

    /** All firms as points to cluster, each of weight 1; the arrays are shared, not copied. */
    public PointSet points() {
        return PointSet.of(latitudes, longitudes, size);
    }

    /**
     * All firms as points weighted by a column.
     *
     * @throws IllegalArgumentException when the table has no such column
     */
    public PointSet points(WeightColumn weight) {
        return points().weightedBy(weights(weight));
    }

    private double[] weights(WeightColumn column) {
        double[] values = switch (column) {
            case ARTISANS -> artisans;
            case LOOMS -> looms;
            case FAMILIES -> families;
            case EMPLOYMENT -> employment;
        };
        if (values == null) {
            throw new IllegalArgumentException(column.columnName() + ": the firms have no such column");
        }
        return values;
    }

    /**
     * Builds a table from blocks of rows appended in order. Each block is copied into columns sized for the rows
     * expected (grown by half when more come) and can be dropped at once: a reader keeps only a few blocks in
     * memory, never the whole table twice. Dictionary columns are renumbered into one dictionary each.
     */
    public static final class Assembly {
        private final FirmColumns.Layout layout;
        private int size;
        private int capacity;
        private final Dictionary nicCodes = new Dictionary();
        private final Dictionary districtNames = new Dictionary();
        private final Dictionary stateNames = new Dictionary();
        private final Dictionary productNames = new Dictionary();
        private byte[] idBytes;
        private int[] idStart;
        private double[] latitudes;
        private double[] longitudes;
        private int[] nic;
        private double[] employment;
        private double[] turnover;
        private double[] exports;
        private double[] artisans;
        private double[] looms;
        private double[] families;
        private int[] pins;
        private int[] districts;
        private int[] states;
        private int[] products;

        /** An empty table of the given layout with room for {@code expectedRows} rows. */
        public Assembly(FirmColumns.Layout layout, int expectedRows) {
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
                idBytes = Arrays.copyOf(idBytes, (int) Math.min(
                        Integer.MAX_VALUE - 16, Math.max(at + bytes, (long) idBytes.length + idBytes.length / 2)));
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

    @Override
    public String toString() {
        return "Firms[" + size + " rows, " + layout + "]";
    }

    /** Row numbers {@code 0..size()-1} that satisfy a test, in order. */
    public int[] select(IntPredicate test) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (test.test(i)) {
                count++;
            }
        }
        int[] rows = new int[count];
        int k = 0;
        for (int i = 0; i < size; i++) {
            if (test.test(i)) {
                rows[k++] = i;
            }
        }
        return rows;
    }
}
