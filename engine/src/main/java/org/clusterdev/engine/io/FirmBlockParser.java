package org.clusterdev.engine.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.clusterdev.engine.firms.FirmColumns;

/**
 * Parses a block of whole lines of a firm file into {@link FirmColumns}, checking every field. Line numbers in
 * its problems are relative to the block (1 for its first line); the reader shifts them. One instance per block.
 */
final class FirmBlockParser {

    /** The outcome of one block; its rows are dropped once copied into the table. */
    record Block(
            FirmColumns columns,
            int[] rowLines,
            int rows,
            List<RowProblem> problems,
            long problemCount,
            long lines,
            long located,
            boolean endsInsideQuotes) {

        /** The line of a row, relative to the block. */
        int rowLine(int row) {
            return rowLines[row];
        }

        Block withoutRows() {
            return new Block(null, null, rows, problems, problemCount, lines, located, endsInsideQuotes);
        }
    }

    private final CsvHeader header;
    private final FirmColumns.Layout layout;
    private final PinGazetteer gazetteer;
    private final boolean requireCoordinates;
    private final int fields;
    private final int[] fieldStart;
    private final int[] fieldEnd;
    private final boolean[] fieldUnescaped;
    private byte[] scratch = new byte[256];
    private int scratchEnd;
    private byte[] buffer;

    private final List<RowProblem> problems = new ArrayList<>();
    private int[] rowLines = new int[1024];
    private long problemCount;
    private long line;
    private long located;

    FirmBlockParser(
            CsvHeader header, FirmColumns.Layout layout, Optional<PinGazetteer> gazetteer, boolean requireCoordinates) {
        this.header = header;
        this.layout = layout;
        this.gazetteer = gazetteer.orElse(null);
        this.requireCoordinates = requireCoordinates;
        this.fields = header.roles.length;
        this.fieldStart = new int[fields + 1];
        this.fieldEnd = new int[fields + 1];
        this.fieldUnescaped = new boolean[fields + 1];
        java.util.Arrays.fill(fieldOf, -1);
        for (int f = 0; f < fields; f++) {
            if (header.roles[f] != CsvHeader.Role.IGNORED) {
                fieldOf[header.roles[f].ordinal()] = f;
            }
        }
    }

    Block parse(byte[] source, int from, int to) {
        buffer = source;
        FirmColumns columns = new FirmColumns(layout, Math.max(16, (to - from) / 48));
        int position = from;
        boolean insideQuotes = false;
        while (position < to) {
            line++;
            int next = splitLine(position, to);
            if (next < 0) {
                insideQuotes = true;
                break;
            }
            int count = fieldCount;
            position = next;
            long first = line;
            line += lineBreaksInside;
            if (count == 1 && fieldEnd[0] == fieldStart[0] && !fieldUnescaped[0]) {
                continue; // a blank line
            }
            if (count != fields) {
                problem(first, "row", count + " fields where the header has " + fields);
                continue;
            }
            String error = readRow(columns);
            if (error != null) {
                int colon = error.indexOf(": ");
                problem(first, error.substring(0, colon), error.substring(colon + 2));
            } else {
                if (columns.size() > rowLines.length) {
                    rowLines = Arrays.copyOf(rowLines, 2 * rowLines.length);
                }
                rowLines[columns.size() - 1] = (int) first; // a block is under 2 GB, so are its lines
            }
        }
        return new Block(
                columns, rowLines, columns.size(), List.copyOf(problems), problemCount, line, located, insideQuotes);
    }

    private int fieldCount;
    private int lineBreaksInside;
    private CsvHeader.Role badAmount;
    private final org.clusterdev.engine.firms.Dictionary pairs = new org.clusterdev.engine.firms.Dictionary();
    private int[] pairDistrict = new int[64];
    private int[] pairState = new int[64];
    private int pairsKnown;
    /** The field of each role, -1 when the file has no such column. */
    private final int[] fieldOf = new int[CsvHeader.Role.values().length];

    /**
     * Splits the line at {@code from} into fields; returns where the next line starts, or -1 when the block ends
     * inside a quoted field.
     */
    private int splitLine(int from, int to) {
        byte[] b = buffer;
        int count = 0;
        int i = from;
        scratchEnd = 0;
        lineBreaksInside = 0;
        while (true) {
            boolean unescaped = false;
            int start;
            int end;
            if (i < to && b[i] == '"') {
                int close = closingQuote(i + 1, to);
                if (close < 0) {
                    return -1;
                }
                start = i + 1;
                end = close;
                if (hasDoubledQuote(start, end)) {
                    int at = unescape(start, end);
                    start = at;
                    end = scratchEnd;
                    unescaped = true;
                }
                i = close + 1;
                while (i < to && b[i] != ',' && b[i] != '\n') {
                    i++; // text after a closing quote is dropped, as spreadsheets do
                }
            } else {
                start = i;
                i = Separators.next(b, i, to);
                end = i;
                if (end > start && b[end - 1] == '\r' && (i == to || b[i] == '\n')) {
                    end--;
                }
            }
            if (count < fieldStart.length) {
                fieldStart[count] = start;
                fieldEnd[count] = end;
                fieldUnescaped[count] = unescaped;
            }
            count++;
            if (i >= to || b[i] == '\n') {
                fieldCount = count;
                return i >= to ? to : i + 1;
            }
            i++; // the comma
        }
    }

    private int closingQuote(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                lineBreaksInside++;
            } else if (buffer[i] == '"') {
                if (i + 1 < to && buffer[i + 1] == '"') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private boolean hasDoubledQuote(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '"') {
                return true;
            }
        }
        return false;
    }

    private int unescape(int from, int to) {
        if (scratch.length < scratchEnd + (to - from)) {
            scratch = Arrays.copyOf(scratch, 2 * (scratchEnd + to - from));
        }
        int at = scratchEnd;
        for (int i = from; i < to; i++) {
            scratch[scratchEnd++] = buffer[i];
            if (buffer[i] == '"') {
                i++;
            }
        }
        return at;
    }

    private byte[] source(int field) {
        return fieldUnescaped[field] ? scratch : buffer;
    }

    private int start(int field) {
        int s = fieldStart[field];
        int e = fieldEnd[field];
        if (s == e || buffer[s] != ' ' && !fieldUnescaped[field]) {
            return s;
        }
        byte[] b = source(field);
        while (s < e && b[s] == ' ') {
            s++;
        }
        return s;
    }

    private int end(int field) {
        int s = fieldStart[field];
        int e = fieldEnd[field];
        if (s == e || buffer[e - 1] != ' ' && !fieldUnescaped[field]) {
            return e;
        }
        byte[] b = source(field);
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        return e;
    }

    /** Reads one row into the columns; returns "field: reason" when the row is bad (and leaves it incomplete). */
    private String readRow(FirmColumns columns) {
        badAmount = null;
        int f = fieldOf[CsvHeader.Role.ID.ordinal()];
        int s = start(f);
        int e = end(f);
        if (s == e) {
            return "id: empty";
        }
        columns.id(source(f), s, e);
        f = fieldOf[CsvHeader.Role.NIC.ordinal()];
        s = start(f);
        e = end(f);
        if (!isNic(source(f), s, e)) {
            return "nic: '" + text(source(f), s, e) + "' is not a NIC code of 2 to 5 digits";
        }
        columns.nic(source(f), s, e);
        f = fieldOf[CsvHeader.Role.LAT.ordinal()];
        boolean latEmpty = start(f) == end(f);
        double lat = latEmpty ? Double.NaN : Decimals.parse(source(f), start(f), end(f));
        if (!latEmpty && !(lat >= -90 && lat <= 90)) {
            return "lat: " + text(source(f), start(f), end(f)) + " is not a latitude between -90 and 90";
        }
        f = fieldOf[CsvHeader.Role.LON.ordinal()];
        boolean lonEmpty = start(f) == end(f);
        double lon = lonEmpty ? Double.NaN : Decimals.parse(source(f), start(f), end(f));
        if (!lonEmpty && !(lon >= -180 && lon <= 180)) {
            return "lon: " + text(source(f), start(f), end(f)) + " is not a longitude between -180 and 180";
        }
        double employment = amount(CsvHeader.Role.EMPLOYMENT);
        double turnover = amount(CsvHeader.Role.TURNOVER);
        double exports = amount(CsvHeader.Role.EXPORTS);
        double artisans = amount(CsvHeader.Role.ARTISANS);
        double looms = amount(CsvHeader.Role.LOOMS);
        double families = amount(CsvHeader.Role.FAMILIES);
        if (badAmount != null) {
            f = fieldOf[badAmount.ordinal()];
            return badAmount.column + ": '" + text(source(f), start(f), end(f)) + "' is not a number of at least 0";
        }
        int pin = 0;
        f = fieldOf[CsvHeader.Role.PIN.ordinal()];
        if (f >= 0 && start(f) < end(f)) {
            pin = Decimals.parseDigits(source(f), start(f), end(f));
            if (pin < 100000 || pin > 999999) {
                return "pin: '" + text(source(f), start(f), end(f)) + "' is not a six-digit PIN code";
            }
        }
        f = fieldOf[CsvHeader.Role.PRODUCT.ordinal()];
        if (f >= 0) {
            columns.product(source(f), start(f), end(f));
        }
        int districtField = fieldOf[CsvHeader.Role.DISTRICT.ordinal()];
        int stateField = fieldOf[CsvHeader.Role.STATE.ordinal()];
        if (latEmpty != lonEmpty) {
            return "lat/lon: only one of lat and lon is given";
        }
        PinPlace place = pin > 0 && gazetteer != null ? gazetteer.find(pin).orElse(null) : null;
        if (latEmpty) {
            if (place != null) {
                lat = place.latitude();
                lon = place.longitude();
                located++;
            } else if (requireCoordinates) {
                return "lat/lon: empty, and "
                        + (pin == 0
                                ? "no PIN code to locate the firm by"
                                : gazetteer == null
                                        ? "no PIN gazetteer to locate PIN " + pin + " (--pins)"
                                        : "PIN " + pin + " is not in the gazetteer");
            }
        }
        columns.coordinates(lat, lon);
        columns.amounts(employment, turnover, exports);
        columns.weights(artisans, looms, families);
        columns.pin(pin);
        if (layout.places()) {
            String error = place(columns, districtField, stateField, place);
            if (error != null) {
                return error;
            }
        }
        columns.endRow();
        return null;
    }

    private String place(FirmColumns columns, int districtField, int stateField, PinPlace place) {
        if (districtField >= 0
                && stateField == districtField + 1
                && !fieldUnescaped[districtField]
                && !fieldUnescaped[stateField]) {
            placeTogether(columns, districtField, stateField);
        } else {
            if (districtField >= 0) {
                columns.district(source(districtField), start(districtField), end(districtField));
            } else {
                columns.district("");
            }
            if (stateField >= 0) {
                columns.state(source(stateField), start(stateField), end(stateField));
            } else {
                columns.state("");
            }
        }
        if (place != null && !columns.hasDistrict()) {
            columns.district(place.district());
        }
        if (place != null && !columns.hasState()) {
            columns.state(place.state());
        }
        if (!requireCoordinates && !columns.hasDistrict()) {
            return "district: unknown: the row has no district and no PIN code in the gazetteer";
        }
        return null;
    }

    /**
     * District and state in adjacent columns: one lookup of the bytes "district,state" finds both, the first
     * time by looking each up.
     */
    private void placeTogether(FirmColumns columns, int districtField, int stateField) {
        int from = fieldStart[districtField];
        int to = fieldEnd[stateField];
        int pair = pairs.indexOf(buffer, from, to);
        if (pair == pairDistrict.length) {
            pairDistrict = java.util.Arrays.copyOf(pairDistrict, 2 * pair);
            pairState = java.util.Arrays.copyOf(pairState, 2 * pair);
        }
        if (pair == pairsKnown) {
            columns.district(buffer, start(districtField), end(districtField));
            columns.state(buffer, start(stateField), end(stateField));
            pairDistrict[pair] = columns.districtIndex();
            pairState[pair] = columns.stateIndex();
            pairsKnown++;
        } else {
            columns.placeIndexes(pairDistrict[pair], pairState[pair]);
        }
    }

    /** An amount or weight column's value, 0 when empty or absent; marks {@link #badAmount} when not a number. */
    private double amount(CsvHeader.Role role) {
        int f = fieldOf[role.ordinal()];
        if (f < 0) {
            return 0;
        }
        int s = start(f);
        int e = end(f);
        if (s == e) {
            return 0;
        }
        double value = Decimals.parse(source(f), s, e);
        if (!(value >= 0 && Double.isFinite(value))) {
            if (badAmount == null) {
                badAmount = role;
            }
            return 0;
        }
        return value;
    }

    private static boolean isNic(byte[] b, int s, int e) {
        if (e - s < 2 || e - s > 5) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] b, int s, int e) {
        String value = new String(b, s, Math.min(e - s, 40), StandardCharsets.UTF_8);
        return e - s > 40 ? value + "..." : value;
    }

    private void problem(long at, String field, String reason) {
        problemCount++;
        if (problems.size() < FirmCsvReader.PROBLEMS_KEPT) {
            problems.add(new RowProblem(at, field, reason));
        }
    }
}
