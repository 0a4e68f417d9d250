package org.clusterdev.selection;

import java.time.Instant;
import java.util.Map;

/**
 * An assessment as submitted.
 *
 * @param scores the score per criterion code
 * @param evidence the evidence per criterion code
 */
public record Assessment(
        long candidateId,
        String assessor,
        boolean conflictOfInterest,
        String conflictNote,
        Map<String, Integer> scores,
        Map<String, String> evidence,
        Instant submittedAt) {}
