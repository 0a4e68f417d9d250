package org.clusterdev.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.Progress;
import org.clusterdev.engine.cli.ClusterdevMap;
import org.clusterdev.engine.density.DensityClustering;
import org.clusterdev.engine.density.DensityLabels;
import org.clusterdev.engine.density.DensityParameters;
import org.clusterdev.engine.density.PointSet;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.synthetic.SyntheticFirms;

/**
 * Runs the engine and its peers once each, side by side in one process, on the same synthetic firms (one product
 * group), and prints each one's time, its ratio to the engine's and whether it agrees with the engine.
 *
 * <pre>
 * ./mvnw -pl bench -am -q compile exec:java -Dexec.args="--firms 1000000"
 * </pre>
 *
 * Options: {@code --firms N} (1,000,000), {@code --seed S} (1), {@code --eps-km E} (2), {@code --min-units N}
 * (20), {@code --threads T} (all processors), {@code --peers elki,smile,commons,postgis} (all but postgis),
 * {@code --small N} (30,000: the firms given to Commons Math, which compares every pair),
 * {@code --postgis-url URL --postgis-user U --postgis-password P}, {@code --no-find} (skip the end-to-end run).
 */
public final class Benchmark {

    private final Map<String, String> options;
    private final PrintWriter out = new PrintWriter(System.out, true);

    private Benchmark(Map<String, String> options) {
        this.options = options;
    }

    /** Runs the benchmark with command-line options. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        new Benchmark(options).run();
    }

    private void run() throws Exception {
        int firms = Integer.parseInt(options.getOrDefault("firms", "1000000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        double epsKm = Double.parseDouble(options.getOrDefault("eps-km", "2"));
        int minUnits = Integer.parseInt(options.getOrDefault("min-units", "20"));
        int small = Math.min(firms, Integer.parseInt(options.getOrDefault("small", "30000")));
        List<String> peers = List.of(options.getOrDefault(
                        "peers",
                        options.containsKey("postgis-url") ? "elki,smile,commons,postgis" : "elki,smile,commons")
                .split(","));
        int threads = Integer.parseInt(options.getOrDefault(
                "threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
        try (Parallelism parallelism = Parallelism.threads(threads)) {
            Firms data = SyntheticFirms.withSeed(seed).generate(firms, parallelism);
            double[] lat = new double[firms];
            double[] lon = new double[firms];
            for (int i = 0; i < firms; i++) {
                lat[i] = data.latitude(i);
                lon[i] = data.longitude(i);
            }
            out.printf(
                    Locale.ROOT,
                    "clusterdev bench: %,d synthetic firms (seed %d), eps %s km, minUnits %d, one "
                            + "group; %d threads for the engine; %s, %d processors%n",
                    firms,
                    seed,
                    epsKm,
                    minUnits,
                    threads,
                    System.getProperty("java.vm.version"),
                    Runtime.getRuntime().availableProcessors());
            Table table = new Table(out);
            DensityParameters parameters = DensityParameters.of(epsKm, minUnits);
            long start = System.nanoTime();
            DensityLabels engine = new DensityClustering(parameters).cluster(PointSet.of(lat, lon), parallelism);
            double engineSeconds = (System.nanoTime() - start) / 1e9;
            int[] engineClusters = clusters(engine);
            boolean[] engineCore = core(engine);
            table.row(
                    "engine: clustering, in memory (first run)",
                    firms,
                    engineSeconds,
                    engineSeconds,
                    engine.clusterCount() + " clusters, " + engine.coreCount() + " core, " + engine.noiseCount()
                            + " noise");
            double compiledSeconds = Double.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long again = System.nanoTime();
                new DensityClustering(parameters).cluster(PointSet.of(lat, lon), parallelism);
                compiledSeconds = Math.min(compiledSeconds, (System.nanoTime() - again) / 1e9);
            }
            table.row(
                    "engine: clustering, compiled (best of 3 more runs)",
                    firms,
                    compiledSeconds,
                    engineSeconds,
                    "same input, after the JIT compiler has warmed up");
            double findSeconds = Double.NaN;
            if (!options.containsKey("no-find")) {
                findSeconds = find(data, seed, epsKm, minUnits, threads, parallelism);
                table.row(
                        "engine: find, CSV to labels and summaries",
                        firms,
                        findSeconds,
                        engineSeconds,
                        "read + cluster + summarise + write");
            }
            for (String peer : peers) {
                switch (peer.trim()) {
                    case "elki" ->
                        elki(
                                table,
                                lat,
                                lon,
                                epsKm,
                                minUnits,
                                new double[] {engineSeconds, compiledSeconds, findSeconds},
                                engineClusters,
                                engineCore);
                    case "smile" -> {
                        Labels smile = SmileDbscan.cluster(lat, lon, epsKm, minUnits);
                        table.row(
                                "Smile 3.1.1 DBSCAN, k-d tree on unit vectors",
                                firms,
                                smile.clusterSeconds(),
                                engineSeconds,
                                Agreement.of(engineClusters, engineCore, smile.clusters())
                                        .toString());
                    }
                    case "commons" -> commons(table, lat, lon, small, parameters, parallelism);
                    case "postgis" ->
                        postgis(table, lat, lon, epsKm, minUnits, engineSeconds, engineClusters, engineCore);
                    default ->
                        throw new IllegalArgumentException("--peers: elki, smile, commons or postgis, was " + peer);
                }
            }
        }
    }

    private void elki(
            Table table,
            double[] lat,
            double[] lon,
            double epsKm,
            int minUnits,
            double[] engineTimes,
            int[] engineClusters,
            boolean[] engineCore) {
        double engineSeconds = engineTimes[0];
        ElkiDbscan elki = new ElkiDbscan(lat, lon);
        Labels labels = elki.cluster(epsKm, minUnits);
        table.row(
                "ELKI 0.8.0 DBSCAN, R*-tree, LatLngDistance",
                lat.length,
                labels.clusterSeconds(),
                engineSeconds,
                Agreement.of(engineClusters, engineCore, labels.clusters()).toString());
        table.note(String.format(
                Locale.ROOT,
                "ELKI's loading and R*-tree build (%.2f s) not counted; its clustering alone is %.0fx the "
                        + "engine's compiled clustering and %.0fx the engine's whole find from CSV",
                labels.indexSeconds(),
                labels.clusterSeconds() / engineTimes[1],
                labels.clusterSeconds() / engineTimes[2]));
    }

    private void commons(
            Table table, double[] lat, double[] lon, int small, DensityParameters parameters, Parallelism parallelism) {
        double[] smallLat = Arrays.copyOf(lat, small);
        double[] smallLon = Arrays.copyOf(lon, small);
        long start = System.nanoTime();
        DensityLabels engine = new DensityClustering(parameters).cluster(PointSet.of(smallLat, smallLon), parallelism);
        double engineSeconds = (System.nanoTime() - start) / 1e9;
        Labels commons = CommonsMathDbscan.cluster(smallLat, smallLon, parameters.epsKm(), parameters.minUnits());
        table.row(
                "Commons Math 3.6.1 DBSCANClusterer (first " + small + ")",
                small,
                commons.clusterSeconds(),
                engineSeconds,
                Agreement.of(clusters(engine), core(engine), commons.clusters()).toString());
        table.note(String.format(
                Locale.ROOT,
                "the engine on the same %,d firms: %.3f s; Commons Math compares " + "every pair, so only a subset",
                small,
                engineSeconds));
    }

    private void postgis(
            Table table,
            double[] lat,
            double[] lon,
            double epsKm,
            int minUnits,
            double engineSeconds,
            int[] engineClusters,
            boolean[] engineCore) {
        String url = options.get("postgis-url");
        if (url == null) {
            table.note("PostGIS ST_ClusterDBSCAN: skipped, no --postgis-url given");
            return;
        }
        try {
            Labels labels = PostgisDbscan.cluster(
                    url,
                    options.getOrDefault("postgis-user", ""),
                    options.getOrDefault("postgis-password", ""),
                    lat,
                    lon,
                    epsKm,
                    minUnits);
            table.row(
                    "PostGIS ST_ClusterDBSCAN (EPSG:7755 planar)",
                    lat.length,
                    labels.clusterSeconds(),
                    engineSeconds,
                    Agreement.of(engineClusters, engineCore, labels.clusters()).toString());
        } catch (Exception e) {
            table.note("PostGIS ST_ClusterDBSCAN: skipped, " + e.getMessage());
        }
    }

    private double find(Firms data, long seed, double epsKm, int minUnits, int threads, Parallelism parallelism)
            throws Exception {
        Path dir = Files.createTempDirectory("clusterdev-bench");
        Path csv = dir.resolve("firms.csv");
        SyntheticFirms.withSeed(seed).write(csv, data.size(), parallelism, Progress.none());
        long start = System.nanoTime();
        int status = ClusterdevMap.run(
                new PrintWriter(PrintWriter.nullWriter()),
                new PrintWriter(System.err, true),
                "find",
                "--input",
                csv.toString(),
                "--eps-km",
                Double.toString(epsKm),
                "--min-units",
                Integer.toString(minUnits),
                "--labels",
                dir.resolve("labels.csv").toString(),
                "--clusters",
                dir.resolve("clusters.csv").toString(),
                "--threads",
                Integer.toString(threads),
                "--no-progress");
        double seconds = (System.nanoTime() - start) / 1e9;
        for (String name : List.of("firms.csv", "labels.csv", "clusters.csv")) {
            Files.deleteIfExists(dir.resolve(name));
        }
        Files.deleteIfExists(dir);
        if (status != 0) {
            throw new IllegalStateException("find failed with status " + status);
        }
        return seconds;
    }

    private static int[] clusters(DensityLabels labels) {
        int[] clusters = new int[labels.size()];
        for (int i = 0; i < clusters.length; i++) {
            clusters[i] = labels.clusterOf(i);
        }
        return clusters;
    }

    private static boolean[] core(DensityLabels labels) {
        boolean[] core = new boolean[labels.size()];
        for (int i = 0; i < core.length; i++) {
            core[i] = labels.isCore(i);
        }
        return core;
    }

    /** The printed table. */
    private static final class Table {
        private final PrintWriter out;
        private final List<String> notes = new ArrayList<>();

        Table(PrintWriter out) {
            this.out = out;
            out.printf(Locale.ROOT, "%-50s %11s %10s %10s  %s%n", "tool", "firms", "seconds", "x engine", "agreement");
        }

        void row(String tool, int firms, double seconds, double engineSeconds, String agreement) {
            out.printf(
                    Locale.ROOT,
                    "%-50s %,11d %10.3f %10.1f  %s%n",
                    tool,
                    firms,
                    seconds,
                    seconds / engineSeconds,
                    agreement);
        }

        void note(String note) {
            out.println("  - " + note);
            notes.add(note);
        }
    }
}
