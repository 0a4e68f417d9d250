package org.clusterdev.monitoring;

import java.time.LocalDate;
import java.time.ZoneId;
import org.clusterdev.monitoring.effects.Texts;

/**
 * An activity taken over as entered; refuses bad input as "field: reason".
 *
 * @param since not in the future (India's date)
 */
public record TakeoverDraft(String activity, String institution, LocalDate since, String evidence) {

    public TakeoverDraft {
        activity = Texts.required("activity", activity, 300);
        institution = Texts.required("institution", institution, 200);
        if (since == null || since.isAfter(LocalDate.now(ZoneId.of("Asia/Kolkata")))) {
            throw new IllegalArgumentException("since: the day it was taken over is required and not in the future");
        }
        evidence = Texts.required("evidence", evidence, 2000);
    }
}
