package org.clusterdev.knowledge;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An event as an organiser announces it.
 *
 * @param title 1 to 300 characters
 * @param startsOn its first day
 * @param endsOn its last day, not before the first
 * @param place where it happens, not blank
 * @param stateCode the LGD code of its state, when in India
 * @param description what it offers, possibly empty
 * @throws IllegalArgumentException "field: reason" for a missing or inconsistent value
 */
public record EventDetails(
        String title,
        EventKind kind,
        LocalDate startsOn,
        LocalDate endsOn,
        String place,
        Optional<Integer> stateCode,
        String description) {

    public EventDetails {
        title = title == null ? "" : title.strip();
        place = place == null ? "" : place.strip();
        description = description == null ? "" : description.strip();
        if (title.isEmpty() || title.length() > 300) {
            throw new IllegalArgumentException("title: give a title of 1 to 300 characters");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind: choose the kind of event");
        }
        if (startsOn == null) {
            throw new IllegalArgumentException("startsOn: give the first day");
        }
        if (endsOn == null) {
            endsOn = startsOn;
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("endsOn: the last day cannot come before the first");
        }
        if (place.isEmpty()) {
            throw new IllegalArgumentException("place: say where it happens");
        }
    }
}
