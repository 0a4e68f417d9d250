package org.clusterdev.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clusterdev.knowledge.CalendarEvent;
import org.clusterdev.knowledge.EventKind;
import org.junit.jupiter.api.Test;

/** iCalendar lines are folded at 75 octets without splitting a Devanagari character, and unfold to the text. */
class ICalendarTests {

    @Test
    void foldsLongHindiLinesAtCharacterBoundariesAndUnfoldsToTheSameText() {
        String title = "कालीन बुनकरों के लिए साझा सुविधा केंद्र पर कार्यशाला, भदोही; दूसरा दिन";
        String ics = ICalendar.write(
                "example.org",
                "clusterdev",
                List.of(new CalendarEvent(
                        7,
                        title,
                        EventKind.WORKSHOP,
                        LocalDate.of(2026, 12, 1),
                        LocalDate.of(2026, 12, 2),
                        "Bhadohi",
                        Optional.of(9),
                        "",
                        "editor",
                        Instant.EPOCH)),
                Instant.parse("2026-11-23T10:00:00Z"));
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        List<String> unfolded = List.of(ics.replace("\r\n ", "").split("\r\n"));
        assertThat(unfolded)
                .contains("SUMMARY:" + title.replace(",", "\\,").replace(";", "\\;"))
                .contains("UID:event-7@example.org")
                .contains("DTSTAMP:20261123T100000Z")
                .contains("DTEND;VALUE=DATE:20261203");
    }

    @Test
    void escapesTextValues() {
        assertThat(ICalendar.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }
}
