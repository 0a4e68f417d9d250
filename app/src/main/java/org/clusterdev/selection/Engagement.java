package org.clusterdev.selection;

import java.time.LocalDate;

/**
 * An agency's work in one cluster.
 *
 * @param clusterName the registry's name for the cluster
 * @param interventionId the programme intervention it serves, null when recorded outside one
 * @param endedOn null while it goes on
 */
public record Engagement(
        long id,
        long agencyId,
        long clusterId,
        String clusterName,
        Long interventionId,
        LocalDate startedOn,
        LocalDate endedOn,
        String note) {}
