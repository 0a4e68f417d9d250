package org.clusterdev.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clusterdev.engine.summary.SupplierLink;

/**
 * Reads a supplier map from a CSV file with the header {@code nic,supplier_nic,supplier}: the industry (NIC
 * prefix), a supplying industry (NIC prefix) and its name. {@link #defaults()} gives a small map shipped with
 * the engine (textiles, leather, metal, engineering, chemicals), to be refined by whoever knows the clusters.
 */
public final class SupplierLinksCsv {

    private static final List<String> COLUMNS = List.of("nic", "supplier_nic", "supplier");
    private static final String DEFAULTS = "/org/clusterdev/engine/summary/suppliers.csv";

    private SupplierLinksCsv() {}

    /**
     * Loads the links of a file.
     *
     * @throws IllegalArgumentException when the header or a row is wrong, naming the line
     */
    public static List<SupplierLink> load(Path file) {
        return parse(SmallCsv.read(file, COLUMNS), file.toString());
    }

    /** The supplier map shipped with the engine. */
    public static List<SupplierLink> defaults() {
        try (InputStream in = SupplierLinksCsv.class.getResourceAsStream(DEFAULTS)) {
            return parse(SmallCsv.read(in, DEFAULTS, COLUMNS), DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<SupplierLink> parse(List<SmallCsv.Row> rows, String source) {
        List<SupplierLink> links = new ArrayList<>();
        for (SmallCsv.Row row : rows) {
            try {
                links.add(new SupplierLink(row.get("nic"), row.get("supplier_nic"), row.get("supplier")));
            } catch (IllegalArgumentException e) {
                throw SmallCsv.problem(source, row.line(), e);
            }
        }
        return links;
    }
}
