package org.clusterdev.engine.firms;

import java.nio.charset.StandardCharsets;
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

    Firms(FirmsAssembly assembly) {
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
        FirmsAssembly assembly = new FirmsAssembly(
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
