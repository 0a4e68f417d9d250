package org.clusterdev.monitoring;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A local institution created or revived in a cluster: new institutional capacity (seed 004 §3.11).
 *
 * @param kind {@code ASSOCIATION}, {@code NETWORK}, {@code CONSORTIUM} or {@code SPV}
 * @param change {@code CREATED} or {@code REVIVED}
 * @param on the day it was created or revived
 * @param memberFirms the firms that are its members, when known
 * @param source {@code TRUST_BUILDING} when the programme recorded its formation, {@code ENTERED} otherwise
 * @param version sent back with an edit, so a stale form is refused
 */
public record LocalInstitution(
        long id,
        long clusterId,
        Optional<Long> interventionId,
        String kind,
        String name,
        String change,
        LocalDate on,
        Optional<Integer> memberFirms,
        String source,
        Optional<String> note,
        String recordedBy,
        int version) {}
