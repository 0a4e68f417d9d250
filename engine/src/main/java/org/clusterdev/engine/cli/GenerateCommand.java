package org.clusterdev.engine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.synthetic.SyntheticFirms;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clusterdev-map generate}: a synthetic national firm file. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a synthetic but realistic national firm file: firms around real Indian clusters (Rajkot "
                    + "diesel engines, Tiruppur knitwear, Moradabad brassware, ...) and scattered around cities, "
                    + "sizes skewed like MSMEs. The same seed gives the same file, whatever the number of threads."
        })
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--firms", required = true, paramLabel = "N", description = "number of firms")
    long firms;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default 1)")
    long seed;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "where to write (.gz: gzip)")
    Path output;

    @Option(
            names = "--scattered",
            defaultValue = "0.85",
            paramLabel = "SHARE",
            description = "share of firms outside the known clusters, in cities and villages, 0 to 1 (default 0.85)")
    double scattered;

    @Option(names = "--threads", paramLabel = "N", description = "threads to use (default: one per processor)")
    Integer threads;

    @Option(names = "--progress", negatable = true, description = "show a progress bar (default: on a terminal)")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        if (firms < 1 || firms > 2_000_000_000L) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--firms: from 1 to 2,000,000,000, was " + firms);
        }
        if (!(scattered >= 0 && scattered <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scattered: from 0 to 1, was " + scattered);
        }
        ConsoleProgress bar = new ConsoleProgress(
                spec.commandLine().getErr(), progress != null ? progress : System.console() != null);
        Stopwatch clock = new Stopwatch();
        try (Parallelism parallelism = threads == null ? Parallelism.allProcessors() : Parallelism.threads(threads)) {
            new SyntheticFirms(seed, scattered).write(output, firms, parallelism, bar);
        }
        clock.lap("generate");
        bar.clear();
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "wrote %,d firms (seed %d) to %s, %,d bytes, in %s%n",
                        firms,
                        seed,
                        output,
                        Files.size(output),
                        clock);
        return 0;
    }
}
