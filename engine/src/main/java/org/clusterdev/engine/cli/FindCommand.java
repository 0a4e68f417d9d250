package org.clusterdev.engine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.Progress;
import org.clusterdev.engine.density.DensityParameters;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.firms.WeightColumn;
import org.clusterdev.engine.groups.Grouping;
import org.clusterdev.engine.groups.ProductGroups;
import org.clusterdev.engine.io.ClusterDefinitionsCsv;
import org.clusterdev.engine.io.ClustersCsvWriter;
import org.clusterdev.engine.io.FirmCsvReader;
import org.clusterdev.engine.io.FirmReading;
import org.clusterdev.engine.io.LabelsCsvWriter;
import org.clusterdev.engine.io.ProductGroupsCsv;
import org.clusterdev.engine.io.SupplierLinksCsv;
import org.clusterdev.engine.mapping.ClusterMapping;
import org.clusterdev.engine.mapping.MappingResult;
import org.clusterdev.engine.summary.ClusterDefinition;
import org.clusterdev.engine.summary.ClusterSummaries;
import org.clusterdev.engine.summary.ClusterSummary;
import org.clusterdev.engine.summary.SupplierLink;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clusterdev-map find}: density-based clusters of firms, per product group. */
@Command(
        name = "find",
        mixinStandardHelpOptions = true,
        description = {
            "Finds clusters: firms with at least --min-units firms (and --min-weight of a weight) within --eps-km "
                    + "km are core; clusters are the density-connected sets (DBSCAN, great-circle distance).",
            "Writes --labels (id,group,cluster,core) and --clusters (one summary row per cluster)."
        })
final class FindCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "firm file, CSV or CSV.gz")
    Path input;

    @Option(names = "--eps-km", required = true, paramLabel = "KM", description = "neighbourhood radius in km")
    double epsKm;

    @Option(
            names = "--min-units",
            required = true,
            paramLabel = "N",
            description = "firms needed within the radius, the firm itself included")
    int minUnits;

    @Option(
            names = "--min-weight",
            paramLabel = "W",
            description = "summed weight also needed within the radius (with --weight)")
    Double minWeight;

    @Option(
            names = "--weight",
            paramLabel = "COLUMN",
            description = "the weight summed: artisans, looms, families or employment")
    String weight;

    @Option(
            names = "--group-by",
            paramLabel = "nic:L",
            description = "cluster each NIC prefix of L digits (2-5) separately, e.g. nic:3")
    String groupBy;

    @Option(
            names = "--groups",
            paramLabel = "FILE",
            description = "product groups (CSV group,name,nic,local_names); a firm may be in several")
    Path groups;

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "where to write the labels")
    Path labels;

    @Option(
            names = "--clusters",
            required = true,
            paramLabel = "FILE",
            description = "where to write the cluster summaries")
    Path clusters;

    @Option(
            names = "--definitions",
            paramLabel = "FILE",
            description = "cluster definitions (CSV code,name,unit,minimum,radius_km,source); default: the "
                    + "discussants, Gujarat, UNIDO, DC (Handicrafts) and IHCDP rules")
    Path definitions;

    @Option(
            names = "--suppliers",
            paramLabel = "FILE",
            description = "supplier map (CSV nic,supplier_nic,supplier); default: a small built-in map")
    Path suppliers;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        DensityParameters parameters = parameters();
        Optional<WeightColumn> column = weightColumn();
        Grouping grouping = grouping();
        List<ClusterDefinition> rules =
                definitions == null ? ClusterDefinitionsCsv.defaults() : ClusterDefinitionsCsv.load(definitions);
        List<SupplierLink> links = suppliers == null ? SupplierLinksCsv.defaults() : SupplierLinksCsv.load(suppliers);
        PrintWriter out = spec.commandLine().getOut();
        ConsoleProgress bar = new ConsoleProgress(spec.commandLine().getErr(), common.showProgress());
        Stopwatch clock = new Stopwatch();
        CompletableFuture<Void> warmedUp = WarmUp.startFor(input, parameters, column, rules, links);
        try (Parallelism parallelism = common.parallelism()) {
            FirmReading reading = new FirmCsvReader(common.readOptions(true, bar)).read(input, parallelism);
            Firms firms = reading.firms();
            if (column.isPresent() && !firms.has(column.get())) {
                throw new IllegalArgumentException(
                        "--weight: " + input + " has no " + column.get().columnName() + " column");
            }
            clock.lap("read");
            // the warm-up is over long before a file worth it is read; waiting keeps it off the clustering's cores
            join(warmedUp);
            ProductGroups productGroups = grouping.assign(firms);
            MappingResult result = new ClusterMapping(parameters, column).map(firms, productGroups, parallelism, bar);
            clock.lap("cluster");
            // the labels need only the clusters: they are written while the summaries are computed, which leaves
            // parts of a core idle (merging blocks, sorting hulls)
            CompletableFuture<Void> labelsWritten = CompletableFuture.runAsync(
                    () -> LabelsCsvWriter.write(labels, result, parallelism, Progress.none()));
            List<ClusterSummary> summaries = new ClusterSummaries(rules, links).summarise(result, parallelism, bar);
            ClustersCsvWriter.write(clusters, summaries, rules);
            clock.lap("summarise and write");
            join(labelsWritten);
            clock.lap("finish labels");
            bar.clear();
            new FindReport(out).print(input, reading, result, summaries, rules, labels, clusters, clock);
        }
        return 0;
    }

    private static void join(CompletableFuture<Void> work) {
        try {
            work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private DensityParameters parameters() {
        if ((minWeight == null) != (weight == null)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--min-weight and --weight go together: give both or neither");
        }
        try {
            return new DensityParameters(epsKm, minUnits, minWeight == null ? 0 : minWeight);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--"
                            + e.getMessage()
                                    .replace("epsKm:", "eps-km:")
                                    .replace("minUnits:", "min-units:")
                                    .replace("minWeight:", "min-weight:"));
        }
    }

    private Optional<WeightColumn> weightColumn() {
        if (weight == null) {
            return Optional.empty();
        }
        return Optional.of(WeightColumn.byName(weight)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--weight: one of artisans, looms, families, employment, was '" + weight + "'")));
    }

    private Grouping grouping() {
        if (groupBy != null && groups != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--group-by and --groups: choose one");
        }
        if (groups != null) {
            return Grouping.byProductGroups(ProductGroupsCsv.load(groups));
        }
        if (groupBy == null) {
            return Grouping.allFirms();
        }
        if (!groupBy.matches("nic:[2-5]")) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--group-by: nic:L with L from 2 to 5 (e.g. nic:3), was '" + groupBy + "'");
        }
        return Grouping.byNicPrefix(groupBy.charAt(4) - '0');
    }
}
