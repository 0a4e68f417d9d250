package org.clusterdev.platform;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 defines it: comma-separated fields, double quotes around fields that hold commas,
 * quotes or line breaks, a doubled quote inside quotes for a quote. A leading byte-order mark is ignored.
 * Every imported file goes through here, so all imports agree on what a CSV file is.
 */
public final class CsvRecords {

    private CsvRecords() {}

    /** One record and the line of the file it starts on (1 = the first line), for error messages. */
    public record CsvRecord(int line, List<String> fields) {

        /** The field at a position, or an empty string when the record is shorter. */
        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    /**
     * Reads every record. Blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the line when a quoted field is never closed
     */
    public static List<CsvRecord> read(Reader reader) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read();
        }
        while (c != -1) {
            int next = reader.read();
            if (quoted) {
                if (c == '"' && next == '"') {
                    field.append('"');
                    next = reader.read();
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && next == '\n') {
                    next = reader.read();
                }
                endRecord(records, fields, field, fieldStarted, recordLine);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append((char) c);
                fieldStarted = true;
            }
            c = next;
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + recordLine + ": a quoted field is never closed");
        }
        endRecord(records, fields, field, fieldStarted, recordLine);
        return records;
    }

    private static void endRecord(
            List<CsvRecord> records, List<String> fields, StringBuilder field, boolean fieldStarted, int line) {
        if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new CsvRecord(line, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
    }
}
