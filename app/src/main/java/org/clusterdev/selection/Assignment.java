package org.clusterdev.selection;

import java.time.LocalDate;

/**
 * A CDA's assignment to a cluster; several assignments going on in one cluster make its team.
 *
 * @param dedicated the CDA has no other responsibility (seed 004 §3.7)
 * @param stationed the CDA lives in the cluster (seed 004 §3.7)
 * @param teamRole the CDA's function in a team for a large cluster, null when working alone
 * @param endedOn null while it goes on
 * @param tenureYears years in the cluster so far or in all
 * @param leftEarly the CDA left before three years (seed 004 §3.7)
 */
public record Assignment(
        long id,
        long cdaId,
        String cdaName,
        CdaSpeciality speciality,
        long clusterId,
        String clusterName,
        boolean dedicated,
        boolean stationed,
        String teamRole,
        LocalDate startedOn,
        LocalDate endedOn,
        String endReason,
        double tenureYears,
        boolean leftEarly) {}
