package org.clusterdev.registry.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading CSV and XLSX tables by column name, and writing CSV that reads back the same. */
class ImportTableTests {

    @Test
    void readsTheFirstSheetOfAWorkbookWithPlainNumbersAndIsoDatesWhateverTheirDisplayFormat() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle grouped = book.createCellStyle();
            grouped.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = book.createSheet("first");
            sheet.createRow(1).createCell(0).setCellValue("Name");
            sheet.getRow(1).createCell(1).setCellValue("turnover_rupees");
            sheet.getRow(1).createCell(3).setCellValue("started_on");
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue("Rourkela Engineering");
            row.createCell(1).setCellValue(750_000_000_000d);
            row.getCell(1).setCellStyle(grouped);
            row.createCell(3).setCellValue(LocalDate.of(2024, 4, 1));
            row.getCell(3).setCellStyle(date);
            book.createSheet("second").createRow(0).createCell(0).setCellValue("ignored");
            book.write(out);
            workbook = out.toByteArray();
        }

        ImportTable table = ImportTable.read(workbook);

        assertThat(table.header()).containsExactly("name", "turnover_rupees", "", "started_on");
        assertThat(table.rows()).hasSize(1);
        ImportRow row = table.rows().get(0);
        assertThat(row.number()).isEqualTo(4);
        assertThat(row.value("name")).isEqualTo("Rourkela Engineering");
        assertThat(row.value("turnover_rupees")).isEqualTo("750000000000");
        assertThat(row.value("started_on")).isEqualTo("2024-04-01");
    }

    @Test
    void writesCsvThatReadsBackFieldForField() throws Exception {
        StringWriter csv = new StringWriter();
        TableWriter writer = TableWriter.csv(csv);
        writer.row(List.of("name", "description", "latitude", "share"));
        writer.row(Arrays.asList("Bidar \"Bidri\" ware", "vases, boxes\nand jewellery", 17.9104, null));
        writer.finish(null);

        ImportTable table = ImportTable.read(csv.toString().getBytes(StandardCharsets.UTF_8));

        ImportRow row = table.rows().get(0);
        assertThat(row.value("name")).isEqualTo("Bidar \"Bidri\" ware");
        assertThat(row.value("description")).isEqualTo("vases, boxes\nand jewellery");
        assertThat(row.value("latitude")).isEqualTo("17.9104");
        assertThat(row.value("share")).isEmpty();
    }

    @Test
    void refusesAFileThatIsNeitherUtf8TextNorAWorkbook() {
        byte[] latin1 = "name\nFa\u00e7ade\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ImportTable.read(latin1))
                .isInstanceOfSatisfying(
                        UnreadableFile.class, e -> assertThat(e.reasonKey()).isEqualTo("transfer.file.notTable"));
        byte[] brokenZip = {'P', 'K', 3, 4, 0, 0, 0};
        assertThatThrownBy(() -> ImportTable.read(brokenZip)).isInstanceOf(UnreadableFile.class);
        assertThatThrownBy(() -> ImportTable.read(new byte[0]))
                .isInstanceOfSatisfying(
                        UnreadableFile.class, e -> assertThat(e.reasonKey()).isEqualTo("transfer.file.empty"));
    }
}
