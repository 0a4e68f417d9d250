package org.clusterdev.monitoring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.clusterdev.platform.CsvRecords;

/**
 * Reads an uploaded sheet of values, CSV (UTF-8) or XLSX (the first sheet), into rows of text keyed by the
 * lower-case header, each with the row number of the file (the header is row 1).
 */
public final class SheetRows {

    /** The columns of an upload, in the order of the template. */
    public static final List<String> COLUMNS =
            List.of("intervention", "year", "quarter", "indicator", "kind", "breakdown", "value", "confirm_outlier");

    private SheetRows() {}

    /** One row of the sheet. */
    public record SheetRow(int row, java.util.Map<String, String> fields) {

        /** The text of a column, empty when absent. */
        public String field(String column) {
            return fields.getOrDefault(column, "").strip();
        }
    }

    /**
     * Reads every row; an XLSX file is recognised by its content (a zip), anything else is read as CSV.
     *
     * @throws IllegalArgumentException "file: ..." when the file cannot be read or lacks a required column
     */
    public static List<SheetRow> read(InputStream input) throws IOException {
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(input);
        buffered.mark(4);
        byte[] magic = buffered.readNBytes(2);
        buffered.reset();
        List<List<String>> table =
                magic.length == 2 && magic[0] == 'P' && magic[1] == 'K' ? xlsx(buffered) : csv(buffered);
        if (table.isEmpty()) {
            throw new IllegalArgumentException("file: the file is empty");
        }
        List<String> header = table.get(0).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        for (String required : COLUMNS.subList(0, 7)) {
            if (!header.contains(required)) {
                throw new IllegalArgumentException(
                        "file: the column '" + required + "' is missing; the columns are " + String.join(",", COLUMNS));
            }
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            java.util.Map<String, String> fields = new java.util.HashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                fields.put(header.get(c), cells.get(c));
            }
            rows.add(new SheetRow(r + 1, fields));
        }
        return rows;
    }

    private static List<List<String>> csv(InputStream input) throws IOException {
        return CsvRecords.read(new InputStreamReader(input, StandardCharsets.UTF_8)).stream()
                .map(CsvRecords.CsvRecord::fields)
                .toList();
    }

    private static List<List<String>> xlsx(InputStream input) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(input)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                table.add(cells);
            }
            return table;
        } catch (org.apache.poi.EmptyFileException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new IllegalArgumentException("file: not a readable XLSX file", e);
        }
    }
}
