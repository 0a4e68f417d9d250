package org.clusterdev.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.clusterdev.platform.ClusterdevProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Receiving an upload: streamed in small buffers, counted against the limit, nothing left behind on refusal. */
class DocumentFilesTests {

    @TempDir
    Path dataDir;

    @Test
    void refusesAFileOverTheLimitAndLeavesNothingBehind() throws IOException {
        DocumentFiles files = files(DataSize.ofKilobytes(64));
        assertThatThrownBy(() -> files.receive(() -> endless(70 * 1024)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("file: larger than the limit");
        assertThat(regularFiles()).isZero();
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        DocumentFiles files = files(DataSize.ofKilobytes(64));
        assertThatThrownBy(() -> files.receive(() -> new ByteArrayInputStream(new byte[0])))
                .hasMessage("file: the file is empty");
        assertThat(regularFiles()).isZero();
    }

    @Test
    void streamsAFileFarLargerThanItsBuffersWithItsSizeAndDigest() throws IOException {
        DocumentFiles files = files(DataSize.ofMegabytes(100));
        long size = 100L * 1000 * 1000;
        long heapBefore = usedHeap();
        DocumentFiles.Received received = files.receive(() -> endless(size));
        long heapGrowth = usedHeap() - heapBefore;
        assertThat(received.size()).isEqualTo(size);
        assertThat(Files.size(received.file())).isEqualTo(size);
        assertThat(received.sha256()).hasSize(64);
        // the bytes went to disk: the heap did not grow by anything near the file's size
        assertThat(heapGrowth).isLessThan(size / 4);
        Path kept = files.keep(received);
        assertThat(kept).exists();
        assertThat(received.file()).doesNotExist();
        files.discard(kept);
    }

    private DocumentFiles files(DataSize limit) {
        return new DocumentFiles(
                new ClusterdevProperties(dataDir, false, new ClusterdevProperties.Admin("admin", null), null), limit);
    }

    private long regularFiles() throws IOException {
        try (Stream<Path> all = Files.walk(dataDir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** A stream of {@code size} bytes that exists nowhere in memory. */
    private static InputStream endless(long size) {
        return new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
    }
}
