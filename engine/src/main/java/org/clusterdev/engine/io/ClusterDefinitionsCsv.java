package org.clusterdev.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.clusterdev.engine.summary.ClusterDefinition;
import org.clusterdev.engine.summary.CountingUnit;

/**
 * Reads institutional cluster definitions from a CSV file with the header
 * {@code code,name,unit,minimum,radius_km,source}; {@code unit} is one of FIRMS, ARTISANS, LOOMS, FAMILIES,
 * EMPLOYMENT; {@code radius_km} may be empty. {@link #defaults()} gives the definitions shipped with the engine:
 * the discussants' rule (100 units within 25 km), Gujarat (50 units within 10 km), UNIDO (100 SME units),
 * DC (Handicrafts) (100 artisans) and IHCDP (500 looms), from seed 004 §3.2 and Table 1.4.
 */
public final class ClusterDefinitionsCsv {

    private static final List<String> COLUMNS = List.of("code", "name", "unit", "minimum", "radius_km");
    private static final String DEFAULTS = "/org/clusterdev/engine/summary/definitions.csv";

    private ClusterDefinitionsCsv() {}

    /**
     * Loads the definitions of a file.
     *
     * @throws IllegalArgumentException when the header or a row is wrong, naming the line
     */
    public static List<ClusterDefinition> load(Path file) {
        return parse(SmallCsv.read(file, COLUMNS), file.toString());
    }

    /** The definitions shipped with the engine. */
    public static List<ClusterDefinition> defaults() {
        try (InputStream in = ClusterDefinitionsCsv.class.getResourceAsStream(DEFAULTS)) {
            return parse(SmallCsv.read(in, DEFAULTS, COLUMNS), DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ClusterDefinition> parse(List<SmallCsv.Row> rows, String source) {
        List<ClusterDefinition> definitions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (SmallCsv.Row row : rows) {
            try {
                ClusterDefinition definition = new ClusterDefinition(
                        row.get("code"),
                        row.get("name"),
                        unit(row.get("unit")),
                        number("minimum", row.get("minimum")),
                        row.get("radius_km").isEmpty()
                                ? OptionalDouble.empty()
                                : OptionalDouble.of(number("radius_km", row.get("radius_km"))),
                        row.get("source"));
                if (!codes.add(definition.code())) {
                    throw new IllegalArgumentException("code: " + definition.code() + " appears twice");
                }
                definitions.add(definition);
            } catch (IllegalArgumentException e) {
                throw SmallCsv.problem(source, row.line(), e);
            }
        }
        return definitions;
    }

    private static CountingUnit unit(String text) {
        try {
            return CountingUnit.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unit: one of FIRMS, ARTISANS, LOOMS, FAMILIES, EMPLOYMENT, was '" + text + "'", e);
        }
    }

    private static double number(String column, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + ": not a number: '" + text + "'", e);
        }
    }
}
