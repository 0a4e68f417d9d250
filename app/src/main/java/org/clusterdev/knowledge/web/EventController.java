package org.clusterdev.knowledge.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.clusterdev.geography.Geography;
import org.clusterdev.knowledge.EventCalendar;
import org.clusterdev.knowledge.EventDetails;
import org.clusterdev.knowledge.EventKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The events calendar: coming events, the announcement form, and the iCalendar export. */
@Controller
class EventController {

    private final EventCalendar calendar;
    private final Geography geography;
    private final MessageSource messages;

    EventController(EventCalendar calendar, Geography geography, MessageSource messages) {
        this.calendar = calendar;
        this.geography = geography;
        this.messages = messages;
    }

    @GetMapping("/events")
    String index(Model model) {
        model.addAttribute(
                "events", calendar.from(LocalDate.now(Clock.systemDefaultZone()).minusDays(1)));
        model.addAttribute("mayAnnounce", calendar.mayAnnounce());
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("states", geography.states());
        return "knowledge/events";
    }

    @PostMapping("/events")
    String announce(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String startsOn,
            @RequestParam(defaultValue = "") String endsOn,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "") String description,
            Model model) {
        try {
            calendar.announce(new EventDetails(
                    title,
                    kind(kind),
                    day(startsOn, "startsOn"),
                    endsOn.isBlank() ? null : day(endsOn, "endsOn"),
                    place,
                    state.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(state)),
                    description));
            return "redirect:/events";
        } catch (IllegalArgumentException e) {
            model.addAttribute("eventError", e.getMessage());
            return index(model);
        }
    }

    /** Every event as an iCalendar file a calendar program imports or subscribes to. */
    @GetMapping("/events/calendar.ics")
    ResponseEntity<String> ics() {
        String host =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().getHost();
        String name = messages.getMessage("events.calendar.name", null, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=clusterdev-events.ics")
                .body(ICalendar.write(host, name, calendar.all(), Instant.now()));
    }

    private static EventKind kind(String value) {
        try {
            return value.isBlank() ? null : EventKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind: '" + value + "' is not one of the choices");
        }
    }

    private static LocalDate day(String value, String field) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }
}
