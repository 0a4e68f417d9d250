package org.clusterdev.engine.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.clusterdev.engine.firms.WeightColumn;
import org.clusterdev.engine.summary.ClusterDefinition;
import org.clusterdev.engine.summary.ClusterSummary;
import org.clusterdev.engine.summary.DefinitionCheck;
import org.clusterdev.engine.summary.SupplierPresence;
import org.clusterdev.engine.summary.Tally;

/**
 * Writes cluster summaries, one row per cluster, with the columns of {@link #header(List)}: the cluster and its
 * group; {@code units}, {@code core_units}, {@code border_units}; {@code employment}, {@code turnover_inr},
 * {@code exports_inr}; {@code artisans}, {@code looms}, {@code families} (empty when the input has no such
 * column); {@code centroid_lat}, {@code centroid_lon}, {@code extent_km}, {@code hull_area_km2},
 * {@code density_per_km2} (empty for a hull under 0.01 km²); {@code districts} and {@code states} as
 * "name (units)" lists, most first (the first ten, then "+N more"); {@code breadth} (distinct NIC codes) and
 * {@code nic_codes}; {@code suppliers_present}, {@code supplier_industries} and {@code suppliers}
 * ("NIC name: firms"); then one column per definition, named by its code, holding "yes" or "no: " and the
 * reasons.
 */
public final class ClustersCsvWriter {

    private static final int LISTED = 10;

    private ClustersCsvWriter() {}

    /** The header's column names for the given definitions. */
    public static List<String> header(List<ClusterDefinition> definitions) {
        List<String> columns = new ArrayList<>(List.of(
                "cluster",
                "group",
                "group_name",
                "units",
                "core_units",
                "border_units",
                "employment",
                "turnover_inr",
                "exports_inr",
                "artisans",
                "looms",
                "families",
                "centroid_lat",
                "centroid_lon",
                "extent_km",
                "hull_area_km2",
                "density_per_km2",
                "districts",
                "states",
                "breadth",
                "nic_codes",
                "suppliers_present",
                "supplier_industries",
                "suppliers"));
        definitions.forEach(d -> columns.add(d.code()));
        return columns;
    }

    /**
     * Writes the file (gzip-compressed when its name ends in {@code .gz}).
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(Path file, List<ClusterSummary> summaries, List<ClusterDefinition> definitions) {
        try (OutputStream out = Output.open(file)) {
            Output line = new Output(1024);
            line.ascii(String.join(",", header(definitions))).put('\n');
            for (ClusterSummary summary : summaries) {
                row(line, summary);
                if (line.size() > 1 << 16) {
                    out.write(line.bytes(), 0, line.size());
                    line.clear();
                }
            }
            out.write(line.bytes(), 0, line.size());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write", e);
        }
    }

    private static void row(Output line, ClusterSummary s) {
        line.integer(s.cluster())
                .put(',')
                .field(s.group())
                .put(',')
                .field(s.groupName())
                .put(',');
        line.integer(s.units())
                .put(',')
                .integer(s.coreUnits())
                .put(',')
                .integer(s.borderUnits())
                .put(',');
        line.ascii(Output.plain(s.employment())).put(',');
        line.ascii(Output.plain(s.turnoverInr())).put(',');
        line.ascii(Output.plain(s.exportsInr())).put(',');
        for (WeightColumn column : List.of(WeightColumn.ARTISANS, WeightColumn.LOOMS, WeightColumn.FAMILIES)) {
            Double value = s.weights().get(column);
            line.ascii(value == null ? "" : Output.plain(value)).put(',');
        }
        line.ascii(Output.fixed(s.centroid().latitude(), 6)).put(',');
        line.ascii(Output.fixed(s.centroid().longitude(), 6)).put(',');
        line.ascii(Output.fixed(s.extentKm(), 3)).put(',');
        line.ascii(Output.fixed(s.hullAreaKm2(), 3)).put(',');
        line.ascii(
                        s.densityPerKm2().isPresent()
                                ? Output.fixed(s.densityPerKm2().getAsDouble(), 2)
                                : "")
                .put(',');
        line.field(list(s.districts(), t -> t.name() + " (" + t.units() + ")")).put(',');
        line.field(list(s.states(), t -> t.name() + " (" + t.units() + ")")).put(',');
        line.integer(s.breadth()).put(',');
        line.field(list(s.nicCodes(), t -> t.name() + " (" + t.units() + ")")).put(',');
        line.integer(s.suppliersPresent())
                .put(',')
                .integer(s.suppliers().size())
                .put(',');
        List<String> suppliers = new ArrayList<>();
        for (SupplierPresence presence : s.suppliers()) {
            suppliers.add(presence.supplierNic() + " " + presence.supplier() + ": " + presence.firms());
        }
        line.field(String.join("; ", suppliers));
        for (DefinitionCheck check : s.definitions()) {
            line.put(',').field(check.verdict());
        }
        line.put('\n');
    }

    private static String list(List<Tally> tallies, Function<Tally, String> format) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < Math.min(LISTED, tallies.size()); i++) {
            items.add(format.apply(tallies.get(i)));
        }
        if (tallies.size() > LISTED) {
            items.add("+" + (tallies.size() - LISTED) + " more");
        }
        return String.join("; ", items);
    }
}
