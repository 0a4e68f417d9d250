package org.clusterdev.programme;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A scheme's invitation to propose clusters (bottom-up selection, seed 004 §2.1), open from {@code opensOn} to
 * {@code closesOn}, both days included.
 */
public record CallForProposals(
        long id, String schemeCode, String title, LocalDate opensOn, LocalDate closesOn, Optional<String> description) {

    /** Whether proposals may be sent on {@code day}. */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
