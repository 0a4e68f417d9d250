package org.clusterdev.registry.transfer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterdev.platform.CsvRecords;
import org.clusterdev.platform.CsvRecords.CsvRecord;

/**
 * An uploaded table: its header (column names in lower case) and its rows that hold anything. CSV (UTF-8,
 * read by {@link CsvRecords}) and XLSX (the first sheet) are told apart by content, not by file name.
 */
record ImportTable(List<String> header, List<ImportRow> rows) {

    /**
     * Reads a CSV or XLSX file; the first row that holds anything is the header.
     *
     * @throws UnreadableFile when the file is empty, not UTF-8 text nor a workbook, or has no header
     */
    static ImportTable read(byte[] bytes) throws UnreadableFile {
        if (bytes.length == 0) {
            throw new UnreadableFile("transfer.file.empty");
        }
        return isZip(bytes) ? XlsxTable.read(bytes) : csv(bytes);
    }

    private static ImportTable csv(byte[] bytes) throws UnreadableFile {
        List<CsvRecord> records;
        try {
            records = CsvRecords.read(new StringReader(utf8(bytes)));
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableFile("transfer.file.unclosedQuote");
        }
        List<List<String>> cells = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (CsvRecord record : records) {
            cells.add(record.fields());
            numbers.add(record.line());
        }
        return of(cells, numbers);
    }

    /** Builds the table from rows of cells and their numbers in the file; the first row is the header. */
    static ImportTable of(List<List<String>> cells, List<Integer> numbers) throws UnreadableFile {
        int first = 0;
        while (first < cells.size() && cells.get(first).stream().allMatch(String::isBlank)) {
            first++;
        }
        if (first == cells.size()) {
            throw new UnreadableFile("transfer.file.empty");
        }
        List<String> header = cells.get(first).stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .toList();
        List<ImportRow> rows = new ArrayList<>();
        for (int i = first + 1; i < cells.size(); i++) {
            ImportRow row = new ImportRow(numbers.get(i), byName(header, cells.get(i)));
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return new ImportTable(header, List.copyOf(rows));
    }

    private static Map<String, String> byName(List<String> header, List<String> cells) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String column = i < header.size() ? header.get(i) : "";
            String cell = cells.get(i);
            // several columns without a name share one key: keep whichever holds something
            if (!values.containsKey(column) || !cell.isBlank()) {
                values.put(column, cell);
            }
        }
        return values;
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static String utf8(byte[] bytes) throws UnreadableFile {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                throw new UnreadableFile("transfer.file.notTable");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new UnreadableFile("transfer.file.notTable");
        }
    }
}
