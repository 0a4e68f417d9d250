package org.clusterdev.registry.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as CSV (RFC 4180, UTF-8, the format {@code CsvRecords} reads) or as XLSX through POI's
 * streaming writer, which keeps only a window of rows in memory. Numbers are written plain, money in whole
 * rupees, so what is written can be imported again unchanged.
 */
final class TableWriter implements AutoCloseable {

    /** Rows the XLSX writer keeps in memory before flushing them to its temporary file. */
    static final int ROWS_IN_MEMORY = 200;

    private final Writer csv;
    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private int rows;

    private TableWriter(Writer csv, SXSSFWorkbook workbook, Sheet sheet) {
        this.csv = csv;
        this.workbook = workbook;
        this.sheet = sheet;
    }

    static TableWriter csv(Writer out) {
        return new TableWriter(out, null, null);
    }

    static TableWriter xlsx(String sheetName) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        Sheet sheet = workbook.createSheet(sheetName);
        sheet.createFreezePane(0, 1);
        return new TableWriter(null, workbook, sheet);
    }

    /** Writes one row; null is an empty cell. */
    void row(List<?> values) {
        if (csv != null) {
            csvRow(values);
        } else {
            xlsxRow(values);
        }
    }

    /** Writes the finished workbook; for CSV, flushes the writer. */
    void finish(OutputStream out) {
        try {
            if (workbook != null) {
                workbook.write(out);
            } else {
                csv.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (workbook != null) {
            workbook.close();
        }
    }

    private void csvRow(List<?> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quoted(plain(values.get(i))));
        }
        try {
            csv.write(line.append("\r\n").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void xlsxRow(List<?> values) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    static String plain(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
