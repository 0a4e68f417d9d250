package org.clusterdev.engine.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small CSV file read whole (groups, definitions, supplier maps): rows as maps from lower-case column names to
 * trimmed values, each with its line number, after checking that the header has the columns needed.
 */
final class SmallCsv {

    /** A row: its line number and values by column name. */
    record Row(int line, Map<String, String> values) {
        String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    private SmallCsv() {}

    static List<Row> read(Path file, List<String> required) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), required);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
    }

    static List<Row> read(InputStream in, String source, List<String> required) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String headerLine = reader.readLine();
        if (headerLine == null) {
            throw new IllegalArgumentException(source + ": empty; the header needs " + String.join(",", required));
        }
        List<String> header = new ArrayList<>();
        for (String name : CsvText.split(CsvText.stripBom(headerLine))) {
            header.add(name.trim().toLowerCase(Locale.ROOT));
        }
        for (String column : required) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException(
                        source + ": header: missing column " + column + "; needs " + String.join(",", required));
            }
        }
        List<Row> rows = new ArrayList<>();
        int line = 1;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            List<String> fields = CsvText.split(text);
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.size() && i < fields.size(); i++) {
                values.put(header.get(i), fields.get(i).trim());
            }
            rows.add(new Row(line, values));
        }
        return rows;
    }

    /** Items of a list field separated by semicolons (or blanks, for codes). */
    static List<String> items(String field, boolean codes) {
        List<String> items = new ArrayList<>();
        for (String item : field.split(codes ? "[;\\s]+" : ";")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }

    static IllegalArgumentException problem(String source, int line, IllegalArgumentException cause) {
        return new IllegalArgumentException(source + ": line " + line + ": " + cause.getMessage(), cause);
    }
}
