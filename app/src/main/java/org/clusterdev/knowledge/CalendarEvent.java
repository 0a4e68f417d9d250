package org.clusterdev.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** An event in the calendar, as pages and the iCalendar export show it. */
public record CalendarEvent(
        long id,
        String title,
        EventKind kind,
        LocalDate startsOn,
        LocalDate endsOn,
        String place,
        Optional<Integer> stateCode,
        String description,
        String createdBy,
        Instant createdAt) {}
