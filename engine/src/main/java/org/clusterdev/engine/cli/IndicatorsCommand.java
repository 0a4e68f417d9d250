package org.clusterdev.engine.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.groups.Grouping;
import org.clusterdev.engine.indicators.IndicatorRow;
import org.clusterdev.engine.indicators.IndicatorThresholds;
import org.clusterdev.engine.indicators.RegionalIndicators;
import org.clusterdev.engine.io.FirmCsvReader;
import org.clusterdev.engine.io.FirmReading;
import org.clusterdev.engine.io.IndicatorsCsvWriter;
import org.clusterdev.engine.io.ProductGroupsCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clusterdev-map indicators}: district x industry indicators. */
@Command(
        name = "indicators",
        mixinStandardHelpOptions = true,
        description = {
            "Computes, for every district and industry, the location quotient (with a small-number guard), the "
                    + "district's Krugman specialisation, size and focus, the European Cluster Observatory stars "
                    + "and the U.S. Cluster Mapping 'strong' flags. Firms need a district (column or --pins)."
        })
final class IndicatorsCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "firm file, CSV or CSV.gz")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "where to write the indicators")
    Path output;

    @Option(
            names = "--industry",
            defaultValue = "nic:2",
            paramLabel = "nic:L",
            description = "industries as NIC prefixes of L digits, 2-5 (default nic:2, the NIC divisions)")
    String industry;

    @Option(names = "--groups", paramLabel = "FILE", description = "industries as product groups instead")
    Path groups;

    @Option(
            names = "--min-establishments",
            defaultValue = "3",
            paramLabel = "N",
            description = "fewest firms a district-industry needs for a star or flag (default 3)")
    int minEstablishments;

    @Option(
            names = "--min-employment",
            defaultValue = "0",
            paramLabel = "E",
            description = "least employment a district-industry needs for a star or flag (default 0)")
    double minEmployment;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        if (!industry.matches("nic:[2-5]")) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--industry: nic:L with L from 2 to 5, was '" + industry + "'");
        }
        if (minEstablishments < 0 || minEmployment < 0) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--min-establishments and --min-employment: at least 0");
        }
        Grouping grouping = groups != null
                ? Grouping.byProductGroups(ProductGroupsCsv.load(groups))
                : Grouping.byNicPrefix(industry.charAt(4) - '0');
        ConsoleProgress bar = new ConsoleProgress(spec.commandLine().getErr(), common.showProgress());
        Stopwatch clock = new Stopwatch();
        try (Parallelism parallelism = common.parallelism()) {
            FirmReading reading = new FirmCsvReader(common.readOptions(false, bar)).read(input, parallelism);
            clock.lap("read");
            List<IndicatorRow> rows = new RegionalIndicators(
                            IndicatorThresholds.observatories().withMinimums(minEstablishments, minEmployment))
                    .compute(reading.firms(), grouping.assign(reading.firms()));
            clock.lap("compute");
            IndicatorsCsvWriter.write(output, rows);
            clock.lap("write");
            bar.clear();
            long starred = rows.stream().filter(r -> r.stars() > 0).count();
            long strong = rows.stream().filter(IndicatorRow::strong).count();
            spec.commandLine()
                    .getOut()
                    .printf(
                            Locale.ROOT,
                            "read %,d firms from %s%s%nwrote %,d district-industry rows to %s: %,d with stars, %,d strong%n"
                                    + "took %s%n",
                            reading.firms().size(),
                            input,
                            reading.problemCount() > 0
                                    ? String.format(Locale.ROOT, "; %,d bad rows skipped", reading.problemCount())
                                    : "",
                            rows.size(),
                            output,
                            starred,
                            strong,
                            clock);
        }
        return 0;
    }
}
