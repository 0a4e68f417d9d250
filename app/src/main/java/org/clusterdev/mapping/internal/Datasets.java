package org.clusterdev.mapping.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.io.BadRows;
import org.clusterdev.engine.io.FirmCsvReader;
import org.clusterdev.engine.io.FirmReading;
import org.clusterdev.engine.io.PinGazetteer;
import org.clusterdev.geography.Geography;
import org.clusterdev.mapping.BadRow;
import org.clusterdev.mapping.FileSource;
import org.clusterdev.mapping.Upload;
import org.clusterdev.platform.ClusterdevProperties;
import org.springframework.stereotype.Component;

/**
 * Enterprise files on disk under {@code dataDir/mapping/}: stores an upload by streaming it, checks it with the
 * engine's reader (which reports every bad row with line and reason) and reads it again for a run.
 */
@Component
public class Datasets {

    private final Path directory;
    private final Geography geography;

    Datasets(ClusterdevProperties properties, Geography geography) {
        this.directory = properties.dataDir().resolve("mapping");
        this.geography = geography;
    }

    /** A file streamed to disk and checked, not yet recorded. */
    public record Checked(Path file, long size, FirmReading reading) {}

    /**
     * Streams the upload to a new file and reads it, skipping bad rows; the caller decides whether to keep it.
     *
     * @throws IllegalArgumentException "file: reason" when the file cannot be read as an enterprise file; the file
     *     is deleted
     */
    public Checked store(FileSource source) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(UUID.randomUUID() + ".csv");
            source.writeTo(file);
            try (Parallelism parallelism = Parallelism.threads(2)) {
                return new Checked(file, Files.size(file), read(file, parallelism));
            } catch (RuntimeException e) {
                Files.deleteIfExists(file);
                throw new IllegalArgumentException("file: " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("file: cannot store the upload", e);
        }
    }

    /** Reads a stored file, skipping its bad rows, locating rows that carry only a PIN code. */
    public FirmReading read(Path file, Parallelism parallelism) {
        return read(file, parallelism, org.clusterdev.engine.Progress.none());
    }

    /** Reads a stored file as {@link #read(Path, Parallelism)}, reporting progress. */
    public FirmReading read(Path file, Parallelism parallelism, org.clusterdev.engine.Progress progress) {
        PinGazetteer gazetteer = new GeographyGazetteer(geography);
        FirmCsvReader reader = new FirmCsvReader(FirmCsvReader.Options.defaults()
                .withBadRows(BadRows.SKIP)
                .withGazetteer(gazetteer)
                .withProgress(progress));
        return reader.read(file, parallelism);
    }

    /** Deletes a file that is not kept. */
    public void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bad rows of a reading, in the application's terms. */
    public static List<BadRow> problems(FirmReading reading) {
        return reading.problems().stream()
                .map(problem -> new BadRow(problem.line(), problem.field(), problem.reason()))
                .toList();
    }

    /** What a refused upload reports. */
    public static Upload refused(FirmReading reading) {
        return new Upload(Optional.empty(), reading.rows(), reading.problemCount(), problems(reading));
    }
}
