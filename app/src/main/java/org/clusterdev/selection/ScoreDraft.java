package org.clusterdev.selection;

/**
 * One assessor's score on one criterion, with the evidence it rests on.
 *
 * @param score from 0 (absent) to 10 (excellent)
 */
public record ScoreDraft(String criterion, int score, String evidence) {

    /** The highest score. */
    public static final int MAXIMUM = 10;

    /**
     * Refuses a score outside 0 to 10 or without evidence.
     *
     * @throws IllegalArgumentException "scores.CODE: reason"
     */
    public ScoreDraft {
        if (criterion == null || criterion.isBlank()) {
            throw new IllegalArgumentException("scores: a score names its criterion");
        }
        if (score < 0 || score > MAXIMUM) {
            throw new IllegalArgumentException(
                    "scores." + criterion + ": a score runs from 0 to " + MAXIMUM + ", was " + score);
        }
        evidence = Texts.optional("scores." + criterion, evidence, 2000);
        if (evidence == null) {
            throw new IllegalArgumentException("scores." + criterion + ": say what evidence the score rests on");
        }
    }
}
