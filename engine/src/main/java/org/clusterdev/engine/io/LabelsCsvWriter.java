package org.clusterdev.engine.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.Progress;
import org.clusterdev.engine.density.DensityLabels;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.mapping.MappingResult;

/**
 * Writes the labels of a mapping run: the header {@code id,group,cluster,core}, then one row per firm and group
 * it belongs to, in input order (a firm in several groups gets consecutive rows, in group order; a firm in no
 * group gets one row with an empty group). {@code cluster} is -1 for noise, {@code core} is {@code true} or
 * {@code false}. Rows are formatted in parallel blocks and written in order.
 */
public final class LabelsCsvWriter {

    /** The header line, exactly. */
    public static final String HEADER = "id,group,cluster,core";

    /** Blocks small enough that their buffers are ordinary, not humongous, allocations. */
    private static final int FIRMS_PER_BLOCK = 1 << 16;

    private static final byte[] TRUE = ",true\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = ",false\n".getBytes(StandardCharsets.US_ASCII);

    private LabelsCsvWriter() {}

    /**
     * Writes the file (gzip-compressed when its name ends in {@code .gz}).
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(Path file, MappingResult result, Parallelism parallelism, Progress progress) {
        Firms firms = result.firms();
        byte[][] groupCodes = new byte[result.groups().count()][];
        for (int g = 0; g < groupCodes.length; g++) {
            groupCodes[g] = CsvText.quote(result.groups().code(g)).getBytes(StandardCharsets.UTF_8);
        }
        int n = firms.size();
        try (OutputStream out = Output.open(file)) {
            out.write((HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
            ArrayDeque<Future<Output>> pending = new ArrayDeque<>();
            for (int from = 0; from < n; from += FIRMS_PER_BLOCK) {
                int start = from;
                int end = Math.min(n, from + FIRMS_PER_BLOCK);
                pending.add(parallelism.submit(() -> format(result, groupCodes, start, end)));
                while (pending.size() > parallelism.threads() + 1) {
                    write(out, pending.poll());
                }
                progress.update("writing labels", from, n);
            }
            while (!pending.isEmpty()) {
                write(out, pending.poll());
            }
            progress.update("writing labels", n, n);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write", e);
        }
    }

    private static Output format(MappingResult result, byte[][] groupCodes, int from, int to) {
        Firms firms = result.firms();
        Output line = new Output((to - from) * 24);
        for (int firm = from; firm < to; firm++) {
            int memberships = result.membershipCount(firm);
            if (memberships == 0) {
                id(line, firms, firm);
                line.ascii(",,-1").raw(FALSE);
            }
            for (int k = 0; k < memberships; k++) {
                id(line, firms, firm);
                line.put(',').raw(groupCodes[result.membershipGroup(firm, k)]).put(',');
                int cluster = result.membershipCluster(firm, k);
                line.integer(cluster == DensityLabels.NOISE ? -1 : cluster);
                line.raw(result.membershipIsCore(firm, k) ? TRUE : FALSE);
            }
        }
        return line;
    }

    private static void id(Output line, Firms firms, int firm) {
        int length = firms.idLength(firm);
        line.ensure(length);
        int at = line.size();
        firms.copyId(firm, line.bytes(), at);
        line.skip(length);
        line.quoteInPlace(at, length);
    }

    private static void write(OutputStream out, Future<Output> block) throws IOException {
        try {
            Output bytes = block.get();
            out.write(bytes.bytes(), 0, bytes.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }
}
