package org.clusterdev.mapping;

import java.io.IOException;
import java.nio.file.Path;

/** Writes an uploaded file to disk, streaming it: a large file is never held in memory whole. */
@FunctionalInterface
public interface FileSource {

    /** Writes the file's bytes to {@code target}, which does not exist yet. */
    void writeTo(Path target) throws IOException;
}
