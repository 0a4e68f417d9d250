package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * What a validated diagnostic study did to one of the intervention's baselines.
 *
 * @param figure the study's name of the figure, e.g. {@code turnover_rupees}
 * @param value the study's figure
 * @param figureYear the year the study's figure refers to
 * @param period the quarter whose report holds (or would hold) the baseline
 * @param outcome whether it became the baseline, and why not
 * @param keptValue the baseline entered by hand that was kept instead, for {@link Outcome#HAND_VALUE_KEPT}
 * @param reason why the indicator's rules refused the figure, for {@link Outcome#REFUSED}
 * @param validatedBy who validated the study
 */
public record StudyBaseline(
        long interventionId,
        String indicatorCode,
        String figure,
        BigDecimal value,
        String unit,
        int figureYear,
        ReportingPeriod period,
        Outcome outcome,
        Optional<BigDecimal> keptValue,
        Optional<String> reason,
        String validatedBy,
        Instant validatedAt) {

    /** What became of a study's figure. */
    public enum Outcome {
        /** It is the intervention's baseline. */
        APPLIED,
        /** A baseline entered by hand differs and is kept: the study does not overwrite it silently. */
        HAND_VALUE_KEPT,
        /** The report of its quarter is approved and locked; it must be unlocked and the study validated again. */
        REPORT_LOCKED,
        /** The indicator's rules refuse the figure (a fraction of a count, a share over 100). */
        REFUSED
    }

    /** The source written on the stored value: the study and who validated it. */
    public static String source(String validatedBy) {
        return SOURCE + validatedBy;
    }

    /**
     * Whether a value was entered by a study rather than by hand: changing a value by hand writes the person's name
     * over the source.
     */
    public static boolean isSource(String enteredBy) {
        return enteredBy.startsWith(SOURCE);
    }

    private static final String SOURCE = "diagnostic study, validated by ";
}
