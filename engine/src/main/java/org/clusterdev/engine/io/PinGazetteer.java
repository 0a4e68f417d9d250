package org.clusterdev.engine.io;

import java.util.Optional;

/**
 * Locates Indian PIN codes. The engine never reads a database: the command line loads a gazetteer from a CSV
 * file ({@link CsvPinGazetteer}), the application passes its own. Implementations must be thread-safe: readers
 * look PIN codes up from several threads.
 */
@FunctionalInterface
public interface PinGazetteer {

    /** The place of a six-digit PIN code, if known. */
    Optional<PinPlace> find(int pin);
}
