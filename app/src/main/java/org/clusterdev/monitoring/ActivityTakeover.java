package org.clusterdev.monitoring;

import java.time.LocalDate;

/**
 * An activity the programme ran that a local institution has taken over (seed 003: responsibility shifts to local
 * institutions; seed 004 §3.11).
 *
 * @param institution the local institution that runs it now
 * @param since since when it runs it
 * @param evidence what shows it (minutes, accounts, a service agreement)
 * @param version sent back with an edit, so a stale form is refused
 */
public record ActivityTakeover(
        long id,
        long clusterId,
        String activity,
        String institution,
        LocalDate since,
        String evidence,
        String recordedBy,
        int version) {}
