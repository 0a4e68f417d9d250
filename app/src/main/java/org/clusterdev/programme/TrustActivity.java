package org.clusterdev.programme;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A trust-building activity (seed 004 Annex 2.2, first column: awareness programmes, workshops, meetings, visits,
 * joint pilots, association, network and consortium formation) and what came of it.
 *
 * @param activityCode the catalogue entry, e.g. {@code TB04} for a cluster visit
 * @param actors who took part besides the firms: associations, banks, institutions, officials
 * @param bodyFormed the kind of local body formed ({@code ASSOCIATION}, {@code NETWORK}, {@code CONSORTIUM},
 *     {@code SPV}), if one was
 * @param bodyName its name, if one was formed
 */
public record TrustActivity(
        long id,
        long interventionId,
        String activityCode,
        LocalDate heldOn,
        int participants,
        String actors,
        String outcome,
        Optional<String> bodyFormed,
        Optional<String> bodyName,
        String recordedBy) {}
