package org.clusterdev.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.Progress;
import org.clusterdev.engine.density.DensityParameters;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.firms.WeightColumn;
import org.clusterdev.engine.groups.Grouping;
import org.clusterdev.engine.mapping.ClusterMapping;
import org.clusterdev.engine.mapping.MappingResult;
import org.clusterdev.engine.summary.ClusterDefinition;
import org.clusterdev.engine.summary.ClusterSummaries;
import org.clusterdev.engine.summary.SupplierLink;
import org.clusterdev.engine.synthetic.SyntheticFirms;

/**
 * Maps a small synthetic data set on one thread while a large file is read, so that the JIT has compiled the
 * clustering and summary code by the time the real firms are there: in a fresh JVM that code would otherwise
 * run interpreted for its first second. The result is thrown away.
 */
final class WarmUp {

    /** Files smaller than this are read and clustered in well under the time a warm-up would take. */
    static final long WORTHWHILE_BYTES = 128L * 1024 * 1024;

    static final int FIRMS = 200_000;

    private WarmUp() {}

    /** Starts a warm-up for a file worth it, or does nothing. */
    static CompletableFuture<Void> startFor(
            Path input,
            DensityParameters parameters,
            Optional<WeightColumn> weight,
            List<ClusterDefinition> rules,
            List<SupplierLink> links) {
        if (size(input) < WORTHWHILE_BYTES) {
            return CompletableFuture.completedFuture(null);
        }
        // only an optimisation: a warm-up that fails leaves the real run as it would have been
        return CompletableFuture.runAsync(() -> run(FIRMS, parameters, weight, rules, links))
                .exceptionally(failure -> null);
    }

    /** Maps and summarises {@code firms} synthetic firms on one thread, weighted like the real run if they can be. */
    static void run(
            int firms,
            DensityParameters parameters,
            Optional<WeightColumn> weight,
            List<ClusterDefinition> rules,
            List<SupplierLink> links) {
        try (Parallelism one = Parallelism.threads(1)) {
            Firms synthetic = SyntheticFirms.withSeed(1).generate(firms, one);
            Optional<WeightColumn> column = weight.filter(synthetic::has);
            DensityParameters used = column.isPresent()
                    ? parameters
                    : new DensityParameters(parameters.epsKm(), parameters.minUnits(), 0);
            MappingResult result = new ClusterMapping(used, column)
                    .map(synthetic, Grouping.allFirms().assign(synthetic), one, Progress.none());
            new ClusterSummaries(rules, links).summarise(result, one, Progress.none());
        }
    }

    private static long size(Path input) {
        try {
            return Files.size(input);
        } catch (IOException e) {
            // the reader reports the missing file in its own words
            return 0;
        }
    }
}
