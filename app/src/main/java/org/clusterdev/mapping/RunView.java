package org.clusterdev.mapping;

import java.time.Instant;
import java.util.Optional;
import org.clusterdev.platform.JobId;

/**
 * A mapping run and, once its job committed, its counts.
 *
 * @param done whether its job committed the results; otherwise its job tells how far it got or why it failed
 */
public record RunView(
        long id,
        long datasetId,
        String fileName,
        double epsKm,
        int minUnits,
        double minWeight,
        Optional<String> weightColumn,
        String grouping,
        Optional<String> definitionCode,
        Optional<JobId> jobId,
        boolean done,
        long firms,
        int candidates,
        int registered,
        int newCandidates,
        int notFound,
        String startedBy,
        Instant startedAt) {}
