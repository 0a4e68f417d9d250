package org.clusterdev.mapping;

import java.util.List;
import java.util.Optional;

/**
 * What uploading an enterprise file gave.
 *
 * @param datasetId the stored data set; empty when the file was refused because of bad rows
 * @param rows data rows in the file
 * @param badRows rows that cannot be used
 * @param problems the first bad rows, with line and reason
 */
public record Upload(Optional<Long> datasetId, long rows, long badRows, List<BadRow> problems) {

    public Upload {
        problems = List.copyOf(problems);
    }

    /** Whether the file was refused and nothing stored. */
    public boolean refused() {
        return datasetId.isEmpty();
    }
}
