package org.clusterdev.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a view as a table to CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Hindi names) or
 * XLSX; numbers stay numbers in XLSX so the sheet can be computed with.
 */
final class SheetExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SheetExport() {}

    /** The path variable that names the format of a download: {@code .../name.{format}}. */
    static final String FORMAT = "{format:csv|xlsx}";

    /** The table as CSV or XLSX, as {@code format} says. */
    static void send(
            HttpServletResponse response, String format, String fileName, List<String> header, List<List<Object>> rows)
            throws IOException {
        if (format.equals("xlsx")) {
            xlsx(response, fileName, header, rows);
        } else {
            csv(response, fileName, header, rows);
        }
    }

    static void csv(HttpServletResponse response, String fileName, List<String> header, List<List<Object>> rows)
            throws IOException {
        attachment(response, "text/csv;charset=UTF-8", fileName + ".csv");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(line(header.stream().map(Object.class::cast).toList()));
        for (List<Object> row : rows) {
            writer.write(line(row));
        }
        writer.flush();
    }

    static void xlsx(HttpServletResponse response, String fileName, List<String> header, List<List<Object>> rows)
            throws IOException {
        attachment(response, XLSX, fileName + ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(fileName);
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object cell = cells.get(c);
                    if (cell instanceof BigDecimal number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (cell instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (cell != null) {
                        row.createCell(c).setCellValue(cell.toString());
                    }
                }
            }
            workbook.write(response.getOutputStream());
            workbook.dispose();
        }
    }

    private static void attachment(HttpServletResponse response, String type, String fileName) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    private static String line(List<Object> cells) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append(',');
            }
            Object cell = cells.get(c);
            String text = cell == null ? "" : cell instanceof BigDecimal n ? n.toPlainString() : cell.toString();
            if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
                text = "\"" + text.replace("\"", "\"\"") + "\"";
            }
            line.append(text);
        }
        return line.append("\r\n").toString();
    }
}
