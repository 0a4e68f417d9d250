package org.clusterdev.knowledge;

import java.io.IOException;
import java.io.InputStream;

/** The bytes of an uploaded file, read once as a stream: a large file is never held in memory whole. */
@FunctionalInterface
public interface DocumentSource {

    /** Opens the file's content; the caller closes the stream. */
    InputStream open() throws IOException;
}
