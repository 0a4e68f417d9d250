package org.clusterdev.monitoring;

import java.util.Map;
import java.util.Optional;

/**
 * A rating to record: a score on the scheme's scale for every criterion, each with an optional note.
 *
 * @param year the financial year by the calendar year it starts in (2024 is 2024-25)
 * @param actorId the association rated, for a scheme rating associations; empty for a scheme rating clusters
 * @param scores by criterion code
 * @param notes by criterion code, optional
 */
public record RatingEntry(
        String schemeCode,
        int year,
        long clusterId,
        Optional<Long> actorId,
        Map<String, Integer> scores,
        Map<String, String> notes,
        Optional<String> note) {

    public RatingEntry {
        scores = Map.copyOf(scores);
        notes = Map.copyOf(notes);
        note = note.map(String::strip).filter(n -> !n.isEmpty());
    }

    /** A financial year as written: {@code 2024-25} for 2024. */
    public static String yearLabel(int year) {
        return year + "-" + String.format("%02d", (year + 1) % 100);
    }
}
