package org.clusterdev.monitoring;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.monitoring.effects.Texts;

/**
 * A local institution as entered; refuses bad input as "field: reason".
 *
 * @param kind {@code ASSOCIATION}, {@code NETWORK}, {@code CONSORTIUM} or {@code SPV}
 * @param change {@code CREATED} or {@code REVIVED}
 * @param on the day, not in the future (India's date)
 */
public record InstitutionDraft(
        String kind, String name, String change, LocalDate on, Optional<Integer> memberFirms, Optional<String> note) {

    /** The kinds of local institution counted as institutional capacity. */
    public static final Set<String> KINDS = Set.of("ASSOCIATION", "NETWORK", "CONSORTIUM", "SPV");

    /** Whether it was newly created or an existing one revived. */
    public static final Set<String> CHANGES = Set.of("CREATED", "REVIVED");

    public InstitutionDraft {
        kind = kind == null ? "" : kind.strip();
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind: one of ASSOCIATION, NETWORK, CONSORTIUM or SPV");
        }
        name = Texts.required("name", name, 200);
        change = change == null ? "" : change.strip();
        if (!CHANGES.contains(change)) {
            throw new IllegalArgumentException("change: CREATED or REVIVED");
        }
        if (on == null || on.isAfter(LocalDate.now(ZoneId.of("Asia/Kolkata")))) {
            throw new IllegalArgumentException(
                    "on: the day it was created or revived is required and not in the future");
        }
        memberFirms = memberFirms == null ? Optional.empty() : memberFirms;
        if (memberFirms.filter(n -> n < 0).isPresent()) {
            throw new IllegalArgumentException("memberFirms: zero or more");
        }
        note = Texts.optional("note", note == null ? Optional.empty() : note, 2000);
    }
}
