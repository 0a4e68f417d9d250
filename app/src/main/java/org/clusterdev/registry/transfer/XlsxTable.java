package org.clusterdev.registry.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook with POI's streaming (SAX) reader, so a large sheet is never
 * held as a whole object model. Numbers come out plain ({@code 25000000}, not {@code 2.5E7} or
 * {@code 2,50,00,000}) and dates as ISO dates, whatever the cells' display format.
 */
final class XlsxTable {

    private XlsxTable() {}

    static ImportTable read(byte[] bytes) throws UnreadableFile {
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFile("transfer.file.noSheet");
            }
            Cells cells = new Cells();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        null,
                        new ReadOnlySharedStringsTable(workbook),
                        cells,
                        new PlainValues(),
                        false));
                parser.parse(new InputSource(sheet));
            }
            return ImportTable.of(cells.rows, cells.numbers);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new UnreadableFile("transfer.file.notTable");
        } catch (RuntimeException e) { // POI signals a damaged or foreign zip with unchecked exceptions
            throw new UnreadableFile("transfer.file.notTable");
        }
    }

    /** Collects the cells of each row in column order, filling the gaps POI skips with empty strings. */
    private static final class Cells implements SheetContentsHandler {

        final List<List<String>> rows = new ArrayList<>();
        final List<Integer> numbers = new ArrayList<>();
        private List<String> current = new ArrayList<>();
        private int nextColumn;

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(current);
            numbers.add(rowNum + 1);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(value == null ? "" : value);
            nextColumn = column + 1;
        }
    }

    /** Formats numbers and dates as data, not as the sheet displays them. */
    private static final class PlainValues extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime moment = DateUtil.getLocalDateTime(value, use1904);
                return moment.toLocalTime().equals(LocalTime.MIDNIGHT)
                        ? moment.toLocalDate().toString()
                        : moment.toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
