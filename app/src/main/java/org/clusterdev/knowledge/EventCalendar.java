package org.clusterdev.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.knowledge.internal.SearchEntries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The events calendar: workshops, fairs, study tours and trainings, public and exported as iCalendar. */
@Service
public class EventCalendar {

    private final JdbcClient jdbc;
    private final SearchEntries entries;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    EventCalendar(JdbcClient jdbc, SearchEntries entries, CurrentUser currentUser, AuditTrail audit) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Whether the current user may announce events: people working on programmes. */
    public boolean mayAnnounce() {
        return Reader.current(currentUser).holdsAny(DocumentLibrary.CONTRIBUTORS);
    }

    /**
     * Announces an event; it is public at once and searchable.
     *
     * @throws AccessDeniedException when the user may not announce events
     */
    @Transactional
    public long announce(EventDetails details) {
        if (!mayAnnounce()) {
            throw new AccessDeniedException("Only people working on programmes may announce events.");
        }
        long id = jdbc.sql("""
                        insert into knowledge.event (title, kind, starts_on, ends_on, place, state_code, description,
                                                     created_by)
                        values (:title, :kind, :startsOn, :endsOn, :place, :state, :description, :by) returning id""")
                .param("title", details.title())
                .param("kind", details.kind().name())
                .param("startsOn", details.startsOn())
                .param("endsOn", details.endsOn())
                .param("place", details.place())
                .param("state", details.stateCode().orElse(null))
                .param("description", details.description())
                .param("by", currentUser.username().orElse("system"))
                .query(Long.class)
                .single();
        entries.save(new SearchEntries.Entry(
                "EVENT",
                id,
                details.title(),
                details.place(),
                details.description(),
                details.kind().name(),
                "en",
                details.stateCode(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(details.startsOn().getYear()),
                false,
                List.of(),
                Optional.empty()));
        audit.record("CREATE", "event", Long.toString(id), Optional.empty(), Optional.of(details));
        return id;
    }

    /** Events ending on or after the day, soonest first. */
    public List<CalendarEvent> from(LocalDate day) {
        return jdbc.sql("select * from knowledge.event where ends_on >= :day order by starts_on, id")
                .param("day", day)
                .query((rs, n) -> event(rs))
                .list();
    }

    /** Every event, newest first by start, for the iCalendar export; at most the latest 1,000. */
    public List<CalendarEvent> all() {
        return jdbc.sql("select * from knowledge.event order by starts_on desc, id desc limit 1000")
                .query((rs, n) -> event(rs))
                .list();
    }

    private static CalendarEvent event(ResultSet rs) throws SQLException {
        return new CalendarEvent(
                rs.getLong("id"),
                rs.getString("title"),
                EventKind.valueOf(rs.getString("kind")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("place"),
                Optional.ofNullable((Integer) rs.getObject("state_code")),
                rs.getString("description"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
