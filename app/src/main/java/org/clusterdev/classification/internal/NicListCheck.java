package org.clusterdev.classification.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.classification.NicCode;
import org.clusterdev.classification.NicLevel;
import org.clusterdev.platform.CsvRecords.CsvRecord;

/**
 * Checks every row of an uploaded NIC list, against the other rows and against what is stored, and either
 * lists every problem (row, field, reason) or returns the codes to store, parents before children. A row's
 * parent may be stored already or come anywhere in the file; a division's section comes from the optional
 * {@code section} column or from the stored division.
 */
final class NicListCheck {

    private static final List<String> HEADER = List.of("code", "title", "section");

    /**
     * One problem in the file.
     *
     * @param row the row as a spreadsheet numbers it, the header being row 1
     * @param field the column concerned ({@code code}, {@code title}, {@code section}) or {@code csv}
     * @param reason the message key that explains it, formatted with {@code arguments}
     */
    record Problem(int row, String field, String reason, Object... arguments) {}

    /** Either problems, or the codes to store in an order that inserts parents first. */
    record Result(List<Problem> problems, List<NicCode> codes) {}

    /** What the database already holds for one code. */
    record StoredNic(String section, String title) {}

    private record Entry(int row, String code, NicLevel level, String title, Optional<String> section) {}

    private final Map<String, StoredNic> stored;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private NicListCheck(Map<String, StoredNic> stored) {
        this.stored = stored;
    }

    /** Checks the records of a CSV file, the first being its header. */
    static Result check(List<CsvRecord> records, Map<String, StoredNic> stored) {
        return new NicListCheck(stored).check(records);
    }

    private Result check(List<CsvRecord> records) {
        List<CsvRecord> lines = records.stream()
                .filter(line -> line.fields().stream().anyMatch(field -> !field.isBlank()))
                .toList();
        int columns = lines.isEmpty() ? 0 : headerColumns(lines.get(0).fields());
        if (columns == 0) {
            problem(lines.isEmpty() ? 1 : lines.get(0).line(), "csv", "header");
            return result();
        }
        lines.stream().skip(1).forEach(line -> read(line, columns));
        entries.values().forEach(this::checkPlace);
        return result();
    }

    /** How many columns the header names: 2 or 3, or 0 if it is not a valid header. */
    private static int headerColumns(List<String> header) {
        List<String> names = header.stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .toList();
        boolean valid = names.size() >= 2
                && names.size() <= 3
                && HEADER.subList(0, names.size()).equals(names);
        return valid ? names.size() : 0;
    }

    private void read(CsvRecord line, int columns) {
        List<String> fields = line.fields().stream().map(String::strip).toList();
        int row = line.line();
        if (fields.size() > columns) {
            problem(row, "csv", "columns", columns, fields.size());
            return;
        }
        String code = fields.get(0).toUpperCase(Locale.ROOT);
        String title = fields.size() > 1 ? fields.get(1) : "";
        Optional<String> section = Optional.of(fields.size() > 2 ? fields.get(2) : "")
                .filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT));
        Optional<NicLevel> level = NicLevel.of(code);
        if (level.isEmpty()) {
            problem(row, "code", "code", code);
        } else if (entries.containsKey(code)) {
            problem(row, "code", "duplicate", code, entries.get(code).row());
        } else {
            entries.put(code, new Entry(row, code, level.get(), title, section));
        }
        if (title.isEmpty()) {
            problem(row, "title", "title");
        }
    }

    private void checkPlace(Entry entry) {
        Optional<String> section = entry.section();
        if (section.isPresent()
                && NicLevel.of(section.get()).filter(NicLevel.SECTION::equals).isEmpty()) {
            problem(entry.row(), "section", "sectionMalformed", section.get());
            return;
        }
        switch (entry.level()) {
            case SECTION ->
                section.filter(given -> !given.equals(entry.code()))
                        .ifPresent(given ->
                                problem(entry.row(), "section", "sectionMismatch", entry.code(), entry.code(), given));
            case DIVISION -> checkDivision(entry);
            default -> checkParent(entry);
        }
    }

    private void checkDivision(Entry division) {
        Optional<String> storedSection =
                Optional.ofNullable(stored.get(division.code())).map(StoredNic::section);
        if (division.section().isEmpty()) {
            if (storedSection.isEmpty()) {
                problem(division.row(), "section", "divisionSection", division.code());
            }
            return;
        }
        String given = division.section().get();
        if (!known(given)) {
            problem(division.row(), "section", "unknownSection", given);
        } else if (storedSection.isPresent() && !storedSection.get().equals(given)) {
            problem(division.row(), "section", "sectionChanged", division.code(), storedSection.get(), given);
        }
    }

    private void checkParent(Entry entry) {
        String parent = NicLevel.parentByDigits(entry.code()).orElseThrow();
        if (!known(parent)) {
            problem(entry.row(), "code", "unknownParent", entry.code(), parent);
            return;
        }
        Optional<String> actual = sectionOf(entry.code());
        if (entry.section().isPresent() && actual.isPresent() && !actual.equals(entry.section())) {
            problem(
                    entry.row(),
                    "section",
                    "sectionMismatch",
                    entry.code(),
                    actual.get(),
                    entry.section().get());
        }
    }

    private boolean known(String code) {
        return stored.containsKey(code) || entries.containsKey(code);
    }

    /** The section a code belongs to, through its division; empty if the division's section is unknown. */
    private Optional<String> sectionOf(String code) {
        if (NicLevel.of(code).orElseThrow() == NicLevel.SECTION) {
            return Optional.of(code);
        }
        String division = code.substring(0, 2);
        return Optional.ofNullable(entries.get(division))
                .flatMap(Entry::section)
                .or(() -> Optional.ofNullable(stored.get(division)).map(StoredNic::section));
    }

    private Result result() {
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::row));
            return new Result(List.copyOf(problems), List.of());
        }
        return new Result(
                List.of(),
                entries.values().stream()
                        .map(this::nicCode)
                        .sorted(Comparator.comparing(NicCode::level).thenComparing(NicCode::code))
                        .toList());
    }

    private NicCode nicCode(Entry entry) {
        String section = sectionOf(entry.code()).orElseThrow();
        Optional<String> parent =
                entry.level() == NicLevel.DIVISION ? Optional.of(section) : NicLevel.parentByDigits(entry.code());
        return new NicCode(entry.code(), entry.level(), parent, section, entry.title());
    }

    private void problem(int row, String field, String reason, Object... arguments) {
        problems.add(new Problem(row, field, "classification.import.error." + reason, arguments));
    }
}
