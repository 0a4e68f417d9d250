package org.clusterdev.mapping;

import java.time.Instant;

/**
 * An uploaded enterprise file.
 *
 * @param rows data rows in the file, bad ones included
 * @param badRows rows that cannot be used and are skipped by every run
 */
public record DatasetView(
        long id, String fileName, long sizeBytes, long rows, long badRows, String uploadedBy, Instant uploadedAt) {}
