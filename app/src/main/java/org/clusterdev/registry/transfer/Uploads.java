package org.clusterdev.registry.transfer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.clusterdev.platform.ClusterdevProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps an uploaded import file between its dry run and its application, under
 * {@code <data directory>/uploads}, keyed by a random id and tied to the user who uploaded it, so the
 * session holds only the id. Files are deleted once applied, and after a day if never applied.
 */
@Component
public class Uploads {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final Path directory;

    Uploads(ClusterdevProperties properties) {
        this.directory = properties.dataDir().resolve("uploads");
    }

    /**
     * A kept upload.
     *
     * @param id its random id
     * @param kind what it imports
     * @param fileName the name it was uploaded with
     * @param bytes its content
     */
    public record Upload(String id, ImportKind kind, String fileName, byte[] bytes) {}

    /** Keeps a file for its owner and returns its id; clears away uploads older than a day. */
    public String keep(String owner, ImportKind kind, String fileName, byte[] bytes) {
        String id = UUID.randomUUID().toString();
        try {
            Files.createDirectories(directory);
            removeExpired();
            Files.write(directory.resolve(id + ".data"), bytes);
            Properties about = new Properties();
            about.setProperty("owner", owner);
            about.setProperty("kind", kind.name());
            about.setProperty("fileName", fileName);
            try (Writer writer =
                    Files.newBufferedWriter(directory.resolve(id + ".properties"), StandardCharsets.UTF_8)) {
                about.store(writer, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload in " + directory, e);
        }
        return id;
    }

    /** The upload with this id if it exists and belongs to this owner; anything else is empty. */
    public Optional<Upload> find(String id, String owner) {
        if (id == null || !id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            return Optional.empty();
        }
        Path about = directory.resolve(id + ".properties");
        Path data = directory.resolve(id + ".data");
        if (!Files.exists(about) || !Files.exists(data)) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(about, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            if (!owner.equals(properties.getProperty("owner"))) {
                return Optional.empty();
            }
            return Optional.of(new Upload(
                    id,
                    ImportKind.valueOf(properties.getProperty("kind")),
                    properties.getProperty("fileName"),
                    Files.readAllBytes(data)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + id, e);
        }
    }

    /** Deletes an upload; deleting one that is gone already is fine. */
    public void delete(String id) {
        try {
            Files.deleteIfExists(directory.resolve(id + ".data"));
            Files.deleteIfExists(directory.resolve(id + ".properties"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the upload " + id, e);
        }
    }

    private void removeExpired() throws IOException {
        Instant oldest = Instant.now().minus(KEPT_FOR);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(oldest)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
