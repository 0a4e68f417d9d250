package org.clusterdev.engine.firms;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A growing block of firm records, column by column, filled one row at a time: call a setter for every column
 * of the {@link Layout}, then {@link #endRow()}. A row abandoned before {@code endRow()} is overwritten by the
 * next one, which is how a reader drops a bad row. Blocks are joined into a {@link Firms} table by
 * {@link Firms#concat(java.util.List)}. Not thread-safe: one block per thread.
 */
public final class FirmColumns {

    /**
     * Which optional columns the rows have.
     *
     * @param weights the weight columns among artisans, looms and families (employment is always present)
     * @param pins whether rows have a PIN code
     * @param places whether rows have a district and state (from columns or a gazetteer)
     * @param products whether rows have a local product name
     */
    public record Layout(Set<WeightColumn> weights, boolean pins, boolean places, boolean products) {
        public Layout {
            weights = weights.isEmpty() ? EnumSet.noneOf(WeightColumn.class) : EnumSet.copyOf(weights);
            weights.remove(WeightColumn.EMPLOYMENT);
            weights = Set.copyOf(weights);
        }

        /** Only the required columns. */
        public static Layout required() {
            return new Layout(Set.of(), false, false, false);
        }

        /** Every optional column. */
        public static Layout all() {
            return new Layout(EnumSet.allOf(WeightColumn.class), true, true, true);
        }
    }

    final Layout layout;
    int size;
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
    final Dictionary nicCodes = new Dictionary();
    final Dictionary districtNames = new Dictionary();
    final Dictionary stateNames = new Dictionary();
    final Dictionary productNames = new Dictionary();

    /** An empty block with room for {@code capacity} rows before it grows. */
    public FirmColumns(Layout layout, int capacity) {
        this.layout = layout;
        int rows = Math.max(16, capacity);
        idBytes = new byte[rows * 8];
        idStart = new int[rows + 1];
        latitudes = new double[rows];
        longitudes = new double[rows];
        nic = new int[rows];
        employment = new double[rows];
        turnover = new double[rows];
        exports = new double[rows];
        artisans = layout.weights().contains(WeightColumn.ARTISANS) ? new double[rows] : null;
        looms = layout.weights().contains(WeightColumn.LOOMS) ? new double[rows] : null;
        families = layout.weights().contains(WeightColumn.FAMILIES) ? new double[rows] : null;
        pins = layout.pins() ? new int[rows] : null;
        districts = layout.places() ? new int[rows] : null;
        states = layout.places() ? new int[rows] : null;
        products = layout.products() ? new int[rows] : null;
    }

    /** The layout of the rows. */
    public Layout layout() {
        return layout;
    }

    /** The number of complete rows. */
    public int size() {
        return size;
    }

    /** Sets the current row's id from UTF-8 bytes {@code [from, to)}. */
    public void id(byte[] source, int from, int to) {
        int start = idStart[size];
        int length = to - from;
        if (start + length > idBytes.length) {
            idBytes = Arrays.copyOf(idBytes, Math.max(idBytes.length * 2, start + length));
        }
        System.arraycopy(source, from, idBytes, start, length);
        idStart[size + 1] = start + length;
    }

    /** Sets the current row's coordinates, in degrees. */
    public void coordinates(double latitude, double longitude) {
        latitudes[size] = latitude;
        longitudes[size] = longitude;
    }

    /** Sets the current row's NIC code from bytes {@code [from, to)} (already checked). */
    public void nic(byte[] source, int from, int to) {
        nic[size] = nicCodes.indexOf(source, from, to);
    }

    /** Sets the current row's employment, turnover and exports. */
    public void amounts(double employment, double turnoverInr, double exportsInr) {
        this.employment[size] = employment;
        this.turnover[size] = turnoverInr;
        this.exports[size] = exportsInr;
    }

    /** Sets the current row's artisans, looms and families (ignored for columns not in the layout). */
    public void weights(double artisans, double looms, double families) {
        if (this.artisans != null) {
            this.artisans[size] = artisans;
        }
        if (this.looms != null) {
            this.looms[size] = looms;
        }
        if (this.families != null) {
            this.families[size] = families;
        }
    }

    /** Sets the current row's PIN code, 0 when unknown. */
    public void pin(int pin) {
        if (pins != null) {
            pins[size] = pin;
        }
    }

    /** Sets the current row's district and state; empty names mean unknown. */
    public void place(String district, String state) {
        if (districts != null) {
            districts[size] = district.isEmpty() ? -1 : districtNames.indexOf(district);
            states[size] = state.isEmpty() ? -1 : stateNames.indexOf(state);
        }
    }

    /** Sets the current row's district from bytes {@code [from, to)}; an empty range means unknown. */
    public void district(byte[] source, int from, int to) {
        if (districts != null) {
            districts[size] = from == to ? -1 : districtNames.indexOf(source, from, to);
        }
    }

    /** Sets the current row's state from bytes {@code [from, to)}; an empty range means unknown. */
    public void state(byte[] source, int from, int to) {
        if (states != null) {
            states[size] = from == to ? -1 : stateNames.indexOf(source, from, to);
        }
    }

    /** The current row's district number in this block's dictionary, -1 when unknown. */
    public int districtIndex() {
        return districts == null ? -1 : districts[size];
    }

    /** The current row's state number in this block's dictionary, -1 when unknown. */
    public int stateIndex() {
        return states == null ? -1 : states[size];
    }

    /** Sets the current row's district and state by their numbers in this block's dictionaries (-1: unknown). */
    public void placeIndexes(int district, int state) {
        if (districts != null) {
            districts[size] = district;
            states[size] = state;
        }
    }

    /** Whether the current row has a district yet. */
    public boolean hasDistrict() {
        return districts != null && districts[size] >= 0;
    }

    /** Whether the current row has a state yet. */
    public boolean hasState() {
        return states != null && states[size] >= 0;
    }

    /** Sets the current row's district only. */
    public void district(String district) {
        if (districts != null) {
            districts[size] = district.isEmpty() ? -1 : districtNames.indexOf(district);
        }
    }

    /** Sets the current row's state only. */
    public void state(String state) {
        if (states != null) {
            states[size] = state.isEmpty() ? -1 : stateNames.indexOf(state);
        }
    }

    /** Sets the current row's local product name from bytes {@code [from, to)}; empty means unknown. */
    public void product(byte[] source, int from, int to) {
        if (products != null) {
            products[size] = from == to ? -1 : productNames.indexOf(source, from, to);
        }
    }

    /** Completes the current row. */
    public void endRow() {
        size++;
        if (size == latitudes.length) {
            grow();
        }
        idStart[size + 1] = idStart[size];
    }

    /** Adds a whole row. */
    public void add(Firm firm) {
        byte[] id = firm.id().getBytes(StandardCharsets.UTF_8);
        id(id, 0, id.length);
        coordinates(firm.latitude(), firm.longitude());
        byte[] code = firm.nic().getBytes(StandardCharsets.US_ASCII);
        nic(code, 0, code.length);
        amounts(firm.employment(), firm.turnoverInr(), firm.exportsInr());
        weights(firm.artisans(), firm.looms(), firm.families());
        pin(firm.pin());
        place(firm.district(), firm.state());
        if (products != null) {
            products[size] = firm.product().isEmpty() ? -1 : productNames.indexOf(firm.product());
        }
        endRow();
    }

    private void grow() {
        int rows = latitudes.length * 2;
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
