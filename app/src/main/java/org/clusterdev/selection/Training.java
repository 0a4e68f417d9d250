package org.clusterdev.selection;

import java.time.LocalDate;

/**
 * A course a CDA took.
 *
 * @param provider who ran it, e.g. the training-cum-resource centre at NISIET (seed 001 slide 22)
 * @param fieldWork the field work it included (a diagnostic study, an action plan), null for none
 * @param fieldClusterId the cluster the field work was done in, null when not recorded
 */
public record Training(
        long id,
        long cdaId,
        String course,
        String provider,
        LocalDate startedOn,
        LocalDate endedOn,
        String fieldWork,
        Long fieldClusterId) {}
