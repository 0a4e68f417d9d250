package org.clusterdev.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.clusterdev.knowledge.DocumentSource;
import org.clusterdev.platform.ClusterdevProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Keeps document files under {@code <data directory>/knowledge}: an upload is streamed into {@code incoming/} in
 * small buffers (never whole in memory), counted against the size limit and hashed on the way, and moved into
 * {@code documents/} only once it has been accepted.
 */
@Component
public class DocumentFiles {

    private final Path incoming;
    private final Path documents;
    private final long maxBytes;

    DocumentFiles(
            ClusterdevProperties properties,
            @Value("${clusterdev.knowledge.max-document-size:100MB}") DataSize maxSize) {
        this.incoming = properties.dataDir().resolve("knowledge").resolve("incoming");
        this.documents = properties.dataDir().resolve("knowledge").resolve("documents");
        this.maxBytes = maxSize.toBytes();
    }

    /**
     * A file received into {@code incoming/}, not yet accepted.
     *
     * @param file where it is
     * @param size its length in bytes
     * @param sha256 its SHA-256 digest in hex
     */
    public record Received(Path file, long size, String sha256) {}

    /** The largest document accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Streams the source to disk.
     *
     * @throws IllegalArgumentException "file: reason" when it is empty or larger than the limit; nothing is kept
     */
    public Received receive(DocumentSource source) {
        Path target = incoming.resolve(UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(incoming);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = source.open();
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new IllegalArgumentException("file: larger than the limit of "
                                + DataSize.ofBytes(maxBytes).toMegabytes() + " MB");
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new IllegalArgumentException("file: the file is empty");
            }
            return new Received(target, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            discard(target);
            throw new UncheckedIOException("cannot receive the upload into " + incoming, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (RuntimeException e) {
            discard(target);
            throw e;
        }
    }

    /** Moves an accepted file to its lasting place and returns it. */
    public Path keep(Received received) {
        String name = received.file().getFileName().toString().replace(".part", "");
        Path target = documents.resolve(received.sha256().substring(0, 2)).resolve(name);
        try {
            Files.createDirectories(target.getParent());
            return Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the document in " + documents, e);
        }
    }

    /** Deletes a file that is not, or no longer, wanted; a missing file is not an error. */
    public void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stray file in incoming/ harms nobody; the upload has been refused either way
        }
    }
}
