package org.clusterdev.engine.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.Progress;
import org.clusterdev.engine.firms.FirmColumns;
import org.clusterdev.engine.firms.FirmsAssembly;
import org.clusterdev.engine.firms.RepeatedIds;

/**
 * Reads a firm file: CSV, UTF-8, optionally gzip-compressed (recognised by its content), with a header naming
 * at least {@code id,lat,lon,nic,employment,turnover_inr,exports_inr}, and optionally {@code pin},
 * {@code artisans}, {@code looms}, {@code families}, {@code district}, {@code state}, {@code product}, in any
 * order; other columns are ignored and listed in the result.
 *
 * <p>Empty amounts and weights count as 0. A row whose {@code lat} and {@code lon} are both empty is located by
 * its PIN code through the gazetteer; when it has none, or the gazetteer does not know it, the row is bad if
 * coordinates are required. District and state come from their columns, else from the gazetteer for rows with a
 * PIN code. A row whose id an earlier row has is bad too ("id: X already on line N"): the first one is kept.
 * Every bad row is reported with its line number and the reason; with {@link BadRows#REFUSE} any bad
 * row makes the whole file refused ({@link RejectedInputException}), with {@link BadRows#SKIP} bad rows are left
 * out. Nothing is dropped silently.
 *
 * <p>The file is read in blocks of whole lines that are parsed in parallel; the result is the same for any
 * number of threads.
 */
public final class FirmCsvReader {

    /** How many problems a reading keeps in detail; all are counted. */
    public static final int PROBLEMS_KEPT = 1000;

    private final Options options;

    /**
     * How to read.
     *
     * @param badRows what to do with bad rows
     * @param requireCoordinates whether a row must have (or get from its PIN code) coordinates; without, it must
     *     have a district instead (enough for regional indicators)
     * @param gazetteer where to locate PIN codes
     * @param progress where to report bytes read
     * @param blockBytes the size of the blocks parsed in parallel
     */
    public record Options(
            BadRows badRows,
            boolean requireCoordinates,
            Optional<PinGazetteer> gazetteer,
            Progress progress,
            int blockBytes) {

        public Options {
            if (blockBytes < 1024) {
                throw new IllegalArgumentException("blockBytes: at least 1024, was " + blockBytes);
            }
        }

        /** Refuse bad rows, require coordinates, no gazetteer, no progress, 8 MB blocks. */
        public static Options defaults() {
            return new Options(BadRows.REFUSE, true, Optional.empty(), Progress.none(), 8 << 20);
        }

        /** These options with another policy for bad rows. */
        public Options withBadRows(BadRows badRows) {
            return new Options(badRows, requireCoordinates, gazetteer, progress, blockBytes);
        }

        /** These options, requiring coordinates or not (then a district instead). */
        public Options withCoordinatesRequired(boolean required) {
            return new Options(badRows, required, gazetteer, progress, blockBytes);
        }

        /** These options with a PIN gazetteer. */
        public Options withGazetteer(PinGazetteer gazetteer) {
            return new Options(badRows, requireCoordinates, Optional.of(gazetteer), progress, blockBytes);
        }

        /** These options reporting progress to {@code progress}. */
        public Options withProgress(Progress progress) {
            return new Options(badRows, requireCoordinates, gazetteer, progress, blockBytes);
        }

        /** These options with blocks of the given size, at least 1024 bytes. */
        public Options withBlockBytes(int blockBytes) {
            return new Options(badRows, requireCoordinates, gazetteer, progress, blockBytes);
        }
    }

    /** A reader with the given options. */
    public FirmCsvReader(Options options) {
        this.options = options;
    }

    /**
     * Reads a file.
     *
     * @throws IllegalArgumentException when the header lacks a required column
     * @throws RejectedInputException when rows are bad and the options say {@link BadRows#REFUSE}
     * @throws UncheckedIOException when the file cannot be read
     */
    public FirmReading read(Path file, Parallelism parallelism) {
        try {
            Attempt attempt = new Attempt(file, parallelism, false);
            if (attempt.blockEndedInsideQuotes) {
                // a line break inside a quoted field was taken for the end of a row: read again, tracking quotes
                attempt = new Attempt(file, parallelism, true);
            }
            return attempt.result();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
    }

    /** One pass over the file. */
    private final class Attempt {
        private final Path file;
        private final boolean trackQuotes;
        private final Parallelism parallelism;
        private final List<FirmBlockParser.Block> blocks = new ArrayList<>();
        private FirmsAssembly assembly;
        private final RowLines rowLines = new RowLines();
        private long linesBefore = 1; // the header
        private CsvHeader header;
        private boolean blockEndedInsideQuotes;

        Attempt(Path file, Parallelism parallelism, boolean trackQuotes) throws IOException {
            this.file = file;
            this.trackQuotes = trackQuotes;
            this.parallelism = parallelism;
            long size = Files.size(file);
            try (CountingStream counted = new CountingStream(Files.newInputStream(file));
                    InputStream in = open(counted)) {
                readBlocks(in, counted, size, parallelism);
            }
        }

        private void readBlocks(InputStream in, CountingStream counted, long size, Parallelism parallelism)
                throws IOException {
            int blockBytes = options.blockBytes();
            byte[] buffer = new byte[blockBytes];
            int filled = fill(in, buffer, 0);
            int headerEnd = indexOf(buffer, (byte) '\n', 0, filled);
            while (headerEnd < 0 && filled == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
                filled = fill(in, buffer, filled);
                headerEnd = indexOf(buffer, (byte) '\n', 0, filled);
            }
            int lineEnd = headerEnd < 0 ? filled : headerEnd;
            if (filled == 0) {
                throw new IllegalArgumentException("header: the file is empty");
            }
            header = CsvHeader.parse(new String(buffer, 0, lineEnd, StandardCharsets.UTF_8).replace("\r", ""));
            FirmColumns.Layout layout = header.layout(options.gazetteer().isPresent());
            int start = headerEnd < 0 ? filled : headerEnd + 1;
            assembly = new FirmsAssembly(layout, expectedRows(buffer, start, filled, size, in));
            ArrayDeque<Future<FirmBlockParser.Block>> pending = new ArrayDeque<>();
            // buffers come back once their block is parsed: a handful are reused rather than one allocated per
            // block (large arrays are costly to allocate, and to collect)
            ArrayDeque<byte[]> inFlight = new ArrayDeque<>();
            ArrayDeque<byte[]> free = new ArrayDeque<>();
            while (true) {
                boolean end = filled < buffer.length;
                int cut = end ? filled : lastRowEnd(buffer, start, filled);
                if (cut <= start && !end) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2); // one row longer than a block
                    filled = fill(in, buffer, filled);
                    continue;
                }
                byte[] block = buffer;
                int from = start;
                pending.add(parallelism.submit(
                        () -> new FirmBlockParser(header, layout, options.gazetteer(), options.requireCoordinates())
                                .parse(block, from, cut)));
                inFlight.add(block);
                while (pending.size() > parallelism.threads() + 1) {
                    keep(take(pending.poll()));
                    free.add(inFlight.poll());
                }
                options.progress().update("reading", counted.count, size);
                if (end) {
                    break;
                }
                byte[] reused = free.poll();
                byte[] next = reused != null && reused.length >= buffer.length
                        ? reused
                        : new byte[Math.max(blockBytes, buffer.length)];
                int rest = filled - cut;
                System.arraycopy(buffer, cut, next, 0, rest);
                buffer = next;
                start = 0;
                filled = fill(in, buffer, rest);
            }
            while (!pending.isEmpty()) {
                keep(take(pending.poll()));
            }
            for (int i = 0; i < blocks.size() - 1; i++) {
                blockEndedInsideQuotes |= blocks.get(i).endsInsideQuotes();
            }
        }

        /** Moves a parsed block's rows into the table, noting their lines, and keeps the rest of it (counts, problems). */
        private void keep(FirmBlockParser.Block block) {
            int row = assembly.size();
            for (int i = 0; i < block.rows(); i++) {
                rowLines.add(row + i, linesBefore + block.rowLine(i));
            }
            assembly.append(block.columns());
            blocks.add(block.withoutRows());
            linesBefore += block.lines();
        }

        /**
         * The rows to expect: the file's size over the mean row length of the first buffer (gzip: five times the
         * compressed size), a little more to be safe.
         */
        private int expectedRows(byte[] buffer, int from, int to, long fileSize, InputStream in) {
            int rows = 0;
            for (int i = from; i < to; i++) {
                rows += buffer[i] == '\n' ? 1 : 0;
            }
            if (rows == 0) {
                return 1024;
            }
            double bytesPerRow = (double) (to - from) / rows;
            double bytes = in instanceof GZIPInputStream ? 5.0 * fileSize : fileSize;
            return (int) Math.min(Integer.MAX_VALUE - 32, bytes / bytesPerRow * 1.02 + 1024);
        }

        /** Where the last complete row of the buffer ends (after its line break), or {@code from}. */
        private int lastRowEnd(byte[] buffer, int from, int to) {
            if (!trackQuotes) {
                int newline = lastIndexOf(buffer, (byte) '\n', from, to);
                return newline < 0 ? from : newline + 1;
            }
            // every block starts at the start of a row, hence outside quotes
            int cut = from;
            boolean open = false;
            for (int i = from; i < to; i++) {
                if (buffer[i] == '"') {
                    open = !open;
                } else if (buffer[i] == '\n' && !open) {
                    cut = i + 1;
                }
            }
            return cut;
        }

        FirmReading result() {
            long lineOffset = 1; // the header
            long rows = 0;
            long located = 0;
            long problemCount = 0;
            List<RowProblem> problems = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                FirmBlockParser.Block block = blocks.get(i);
                for (RowProblem problem : block.problems()) {
                    if (problems.size() < PROBLEMS_KEPT) {
                        problems.add(new RowProblem(problem.line() + lineOffset, problem.field(), problem.reason()));
                    }
                }
                problemCount += block.problemCount();
                if (i == blocks.size() - 1 && block.endsInsideQuotes()) {
                    problemCount++;
                    if (problems.size() < PROBLEMS_KEPT) {
                        problems.add(new RowProblem(
                                lineOffset + block.lines(), "row", "a quoted field is not closed before the end"));
                    }
                }
                lineOffset += block.lines();
                rows += block.rows();
                located += block.located();
            }
            rows += problemCount;
            RepeatedIds.Repeats repeats = RepeatedIds.find(assembly, parallelism);
            if (repeats.count() > 0) {
                problems = withRepeats(problems, repeats);
                problemCount += repeats.count();
                assembly.dropRows(repeats.rows());
            }
            if (problemCount > 0 && options.badRows() == BadRows.REFUSE) {
                throw new RejectedInputException(file.toString(), problems, problemCount);
            }
            return new FirmReading(assembly.build(), rows, located, problems, problemCount, header.ignored);
        }

        /** The problems with the repeated ids among them, in file order. */
        private List<RowProblem> withRepeats(List<RowProblem> problems, RepeatedIds.Repeats repeats) {
            List<RowProblem> merged = new ArrayList<>(problems);
            for (int i = 0; i < repeats.count() && i < PROBLEMS_KEPT; i++) {
                int first = repeats.firsts()[i];
                merged.add(new RowProblem(
                        rowLines.line(repeats.rows()[i]),
                        "id",
                        assembly.id(first) + " already on line " + rowLines.line(first)));
            }
            merged.sort(Comparator.comparingLong(RowProblem::line));
            return merged.subList(0, Math.min(merged.size(), PROBLEMS_KEPT));
        }
    }

    private static FirmBlockParser.Block take(Future<FirmBlockParser.Block> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static InputStream open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first == 0x1f && second == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }

    private static int fill(InputStream in, byte[] buffer, int from) throws IOException {
        int at = from;
        while (at < buffer.length) {
            int read = in.read(buffer, at, buffer.length - at);
            if (read < 0) {
                break;
            }
            at += read;
        }
        return at;
    }

    private static int indexOf(byte[] buffer, byte value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] buffer, byte value, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (buffer[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Counts the bytes read from the file, for progress. */
    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
