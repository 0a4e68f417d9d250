package org.clusterdev.mapping;

/**
 * A row of an enterprise file that cannot be used.
 *
 * @param line the line in the file, the header being line 1
 * @param field the column concerned, or {@code row}
 * @param reason why, in the engine's words
 */
public record BadRow(long line, String field, String reason) {}
