package org.clusterdev.engine.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.Progress;
import org.clusterdev.engine.firms.FirmColumns;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.firms.FirmsAssembly;
import org.clusterdev.engine.firms.WeightColumn;

/**
 * A synthetic national data set of firms, deterministic for a seed whatever the number of threads: firm
 * {@code i} is drawn from a random stream of its block of 65,536 firms, seeded by the seed and the block number.
 *
 * <p>By default 15% of the firms belong to one of about 75 real clusters ({@code Places}: Rajkot diesel engines,
 * Tiruppur knitwear, Moradabad brassware, Varanasi silk...), spread around the town and three industrial estates,
 * with the cluster's NIC code (one in twelve of a supplier industry) and local product name, artisans, looms or
 * families as the kind of cluster has them, and exports where the cluster exports. The other 85% are spread over
 * about 110 cities in proportion to their population: in the city itself (60%) or in the villages around it,
 * with the NIC codes most frequent in Udyam registrations. Employment is skewed like MSMEs' (about 95% micro);
 * one firm in five sits on a 0.02-degree lattice, like firms located by PIN code. Ids are 1, 2, 3...
 *
 * <p>Columns: {@link #HEADER}.
 */
public final class SyntheticFirms {

    /** The header of generated files. */
    public static final String HEADER =
            "id,lat,lon,nic,employment,turnover_inr,exports_inr,artisans,looms,families,district,state,product";

    /** The default share of firms outside clusters. */
    public static final double DEFAULT_SCATTERED = 0.85;

    private static final int BLOCK = 1 << 16;

    private final long seed;
    private final double scatteredShare;

    /**
     * A generator.
     *
     * @param seed the seed: the same seed gives the same firms
     * @param scatteredShare the share of firms outside clusters, 0 to 1
     * @throws IllegalArgumentException when the share is out of range
     */
    public SyntheticFirms(long seed, double scatteredShare) {
        if (!(scatteredShare >= 0 && scatteredShare <= 1)) {
            throw new IllegalArgumentException("scattered: a share from 0 to 1, was " + scatteredShare);
        }
        this.seed = seed;
        this.scatteredShare = scatteredShare;
    }

    /** A generator with 85% of the firms outside clusters. */
    public static SyntheticFirms withSeed(long seed) {
        return new SyntheticFirms(seed, DEFAULT_SCATTERED);
    }

    /** The firms, in memory. */
    public Firms generate(int firms, Parallelism parallelism) {
        FirmColumns.Layout layout = new FirmColumns.Layout(
                java.util.EnumSet.of(WeightColumn.ARTISANS, WeightColumn.LOOMS, WeightColumn.FAMILIES),
                false,
                true,
                true);
        // blocks are made a few at a time in parallel and copied in order into the table, so that the firms are
        // never held twice
        FirmsAssembly assembly = new FirmsAssembly(layout, firms);
        int batch = 4 * parallelism.threads();
        for (long from = 0; from < firms; from += (long) batch * BLOCK) {
            List<Supplier<FirmColumns>> blocks = new ArrayList<>();
            for (long start = from; start < Math.min(firms, from + (long) batch * BLOCK); start += BLOCK) {
                long first = start;
                int count = (int) Math.min(BLOCK, firms - start);
                blocks.add(() -> block(layout, first, count));
            }
            parallelism.all(blocks).forEach(assembly::append);
        }
        return assembly.build();
    }

    /**
     * Writes the firms to a CSV file (gzip-compressed when its name ends in {@code .gz}).
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(Path file, long firms, Parallelism parallelism, Progress progress) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream raw = Files.newOutputStream(file);
                    OutputStream out =
                            file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw) {
                out.write((HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
                ArrayDeque<Future<CsvBlock>> pending = new ArrayDeque<>();
                for (long from = 0; from < firms; from += BLOCK) {
                    long start = from;
                    int count = (int) Math.min(BLOCK, firms - from);
                    pending.add(parallelism.submit(() -> csv(start, count)));
                    while (pending.size() > 2 * parallelism.threads() + 1) {
                        take(pending.poll()).writeTo(out);
                    }
                    progress.update("generating", from, firms);
                }
                while (!pending.isEmpty()) {
                    take(pending.poll()).writeTo(out);
                }
                progress.update("generating", firms, firms);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write", e);
        }
    }

    private SplittableRandom random(long firstFirm) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + firstFirm / BLOCK);
    }

    private FirmColumns block(FirmColumns.Layout layout, long from, int count) {
        FirmColumns columns = new FirmColumns(layout, count);
        FirmDraw draw = new FirmDraw(scatteredShare);
        SplittableRandom random = random(from);
        for (int i = 0; i < count; i++) {
            draw.draw(random);
            byte[] id = Long.toString(from + i + 1).getBytes(StandardCharsets.US_ASCII);
            columns.id(id, 0, id.length);
            columns.coordinates(draw.lat5 / 1e5, draw.lon5 / 1e5);
            byte[] nic = draw.nic.getBytes(StandardCharsets.US_ASCII);
            columns.nic(nic, 0, nic.length);
            columns.amounts(draw.employment, draw.turnover, draw.exports);
            columns.weights(draw.artisans, draw.looms, draw.families);
            columns.place(draw.district, draw.state);
            byte[] product = draw.product.getBytes(StandardCharsets.UTF_8);
            columns.product(product, 0, product.length);
            columns.endRow();
        }
        return columns;
    }

    private CsvBlock csv(long from, int count) {
        CsvBlock block = new CsvBlock(count * 90);
        FirmDraw draw = new FirmDraw(scatteredShare);
        SplittableRandom random = random(from);
        for (int i = 0; i < count; i++) {
            draw.draw(random);
            block.number(from + i + 1)
                    .comma()
                    .decimal5(draw.lat5)
                    .comma()
                    .decimal5(draw.lon5)
                    .comma();
            block.text(draw.nic)
                    .comma()
                    .number(draw.employment)
                    .comma()
                    .number(draw.turnover)
                    .comma();
            block.number(draw.exports).comma();
            block.optional(draw.artisans)
                    .comma()
                    .optional(draw.looms)
                    .comma()
                    .optional(draw.families)
                    .comma();
            block.text(draw.district)
                    .comma()
                    .text(draw.state)
                    .comma()
                    .text(draw.product)
                    .newline();
        }
        return block;
    }

    private static CsvBlock take(Future<CsvBlock> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }
}
