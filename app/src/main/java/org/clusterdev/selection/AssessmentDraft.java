package org.clusterdev.selection;

import java.util.List;

/**
 * An assessor's scores for one candidate, submitted once.
 *
 * @param conflictOfInterest the assessor declares a conflict; the assessment is kept but not counted
 * @param conflictNote what the conflict is; required when one is declared
 * @param scores one score per criterion of the round
 */
public record AssessmentDraft(boolean conflictOfInterest, String conflictNote, List<ScoreDraft> scores) {

    /**
     * Refuses a declared conflict without a note.
     *
     * @throws IllegalArgumentException "conflictNote: ..."
     */
    public AssessmentDraft {
        conflictNote = Texts.optional("conflictNote", conflictNote, 1000);
        if (conflictOfInterest && conflictNote == null) {
            throw new IllegalArgumentException("conflictNote: say what the conflict of interest is");
        }
        scores = scores == null ? List.of() : List.copyOf(scores);
    }
}
