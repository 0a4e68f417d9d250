package org.clusterdev.knowledge.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.clusterdev.knowledge.CalendarEvent;

/**
 * Writes events as an iCalendar file (RFC 5545): all-day events (DTEND is the day after the last day, as the
 * standard says), text escaped, lines folded at 75 octets and ended with CRLF.
 */
final class ICalendar {

    static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {}

    /**
     * The calendar document.
     *
     * @param host the host name the event ids are made unique with
     */
    static String write(String host, String calendarName, List<CalendarEvent> events, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//clusterdev//events//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        for (CalendarEvent event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:event-" + event.id() + "@" + host);
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(event.startsOn()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(event.endsOn().plusDays(1)));
            line(out, "SUMMARY:" + escape(event.title()));
            line(out, "LOCATION:" + escape(event.place()));
            line(out, "CATEGORIES:" + event.kind().name());
            if (!event.description().isEmpty()) {
                line(out, "DESCRIPTION:" + escape(event.description()));
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Escapes backslashes, semicolons, commas and line breaks in a TEXT value. */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends a content line folded into pieces of at most 75 octets, never splitting a character. */
    static void line(StringBuilder out, String line) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
