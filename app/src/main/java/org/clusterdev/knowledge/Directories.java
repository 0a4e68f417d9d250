package org.clusterdev.knowledge;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.knowledge.internal.SearchEntries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Directories of BDS providers, suppliers, institutions and standards. Anyone signed in registers a listing; an
 * editor approves it before it is public and searchable. Users rate a listing for the activity they used it for,
 * so its record builds up over time, and reach it by messages through the system: no address is published.
 */
@Service
public class Directories {

    private static final String SELECT = """
            select l.*, r.average, coalesce(r.ratings, 0) as ratings
            from knowledge.listing l
            left join (select listing_id, avg(stars) as average, count(*) as ratings
                       from knowledge.listing_rating group by listing_id) r on r.listing_id = l.id
            """;

    private final JdbcClient jdbc;
    private final SearchEntries entries;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    Directories(JdbcClient jdbc, SearchEntries entries, CurrentUser currentUser, AuditTrail audit) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Whether the current user reviews listings (the news editors). */
    public boolean mayReview() {
        return Reader.current(currentUser).holdsAny(EClusterNews.EDITORS);
    }

    /**
     * Registers a listing for review.
     *
     * @throws AccessDeniedException for an anonymous visitor
     */
    @Transactional
    public long register(ListingRegistration registration) {
        String me =
                currentUser.username().orElseThrow(() -> new AccessDeniedException("Sign in to register a listing."));
        long id = jdbc.sql("""
                        insert into knowledge.listing (kind, name, description, services, sectors, states_served,
                                                       accreditation, registered_by)
                        values (:kind, :name, :description, cast(:services as text[]), :sectors,
                                cast(:states as integer[]), :accreditation, :me)
                        returning id""")
                .param("kind", registration.kind().name())
                .param("name", registration.name())
                .param("description", registration.description())
                .param(
                        "services",
                        registration.services().stream().map(Enum::name).toArray(String[]::new))
                .param("sectors", registration.sectors().orElse(null))
                .param("states", registration.statesServed().toArray(Integer[]::new))
                .param("accreditation", registration.accreditation().orElse(null))
                .param("me", me)
                .query(Long.class)
                .single();
        audit.record("REGISTER", "listing", Long.toString(id), Optional.empty(), find(id));
        return id;
    }

    /**
     * Approves or rejects a pending listing (editors); an approved one becomes public and searchable.
     *
     * @throws IllegalStateException when it was decided already or changed since {@code version}
     */
    @Transactional
    public void review(long id, int version, boolean approve, String note) {
        if (!mayReview()) {
            throw new AccessDeniedException("Only editors review listings.");
        }
        Listing before = find(id).orElseThrow(() -> new NoSuchElementException("no listing " + id));
        ListingStatus next = before.status().decide(approve);
        int changed = jdbc.sql("""
                        update knowledge.listing set status = :next, reviewed_by = :me, reviewed_at = now(),
                            review_note = :note, version = version + 1
                        where id = :id and version = :version""")
                .param("next", next.name())
                .param("me", currentUser.username().orElse("system"))
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .param("id", id)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new IllegalStateException(
                    "version: someone else changed this listing since you opened it; reload to see their change");
        }
        if (next == ListingStatus.APPROVED) {
            entries.save(new SearchEntries.Entry(
                    "LISTING",
                    id,
                    before.name(),
                    before.sectors().orElse(""),
                    before.description() + "\n" + before.accreditation().orElse(""),
                    before.kind().name(),
                    "en",
                    before.statesServed().stream().findFirst(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    false,
                    List.of(),
                    Optional.empty()));
        }
        audit.record(next.name(), "listing", Long.toString(id), Optional.of(before), find(id));
    }

    /**
     * Rates an approved listing; a user's new rating replaces their earlier one. Its registrant may not rate it.
     *
     * @throws AccessDeniedException for an anonymous visitor or the listing's registrant
     */
    @Transactional
    public void rate(long id, ListingRating rating) {
        String me = currentUser.username().orElseThrow(() -> new AccessDeniedException("Sign in to rate."));
        Listing listing = listing(id).orElseThrow(() -> new NoSuchElementException("no listing " + id));
        if (listing.registeredBy().equals(me)) {
            throw new AccessDeniedException("A listing is not rated by whoever registered it.");
        }
        Optional<ListingRating> before =
                ratings(id).stream().filter(r -> r.ratedBy().equals(me)).findFirst();
        jdbc.sql("""
                        insert into knowledge.listing_rating (listing_id, rated_by, stars, activity, cluster_id, comment)
                        values (:id, :me, :stars, :activity, :cluster, :comment)
                        on conflict (listing_id, rated_by) do update set stars = excluded.stars,
                            activity = excluded.activity, cluster_id = excluded.cluster_id, comment = excluded.comment,
                            rated_at = now()""")
                .param("id", id)
                .param("me", me)
                .param("stars", rating.stars())
                .param("activity", rating.activity())
                .param("cluster", rating.clusterId().orElse(null))
                .param("comment", rating.comment())
                .update();
        audit.record("RATE", "listing", Long.toString(id), before, Optional.of(rating));
    }

    /**
     * Sends a message to a listing's registrant through the system.
     *
     * @throws IllegalArgumentException "body: ..." for an empty or too long message
     */
    @Transactional
    public void message(long id, String body) {
        String me = currentUser.username().orElseThrow(() -> new AccessDeniedException("Sign in to send a message."));
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new IllegalArgumentException("body: write a message of 1 to 2,000 characters");
        }
        listing(id).orElseThrow(() -> new NoSuchElementException("no listing " + id));
        long messageId = jdbc.sql("insert into knowledge.listing_message (listing_id, sent_by, body)"
                        + " values (:id, :me, :body) returning id")
                .param("id", id)
                .param("me", me)
                .param("body", text)
                .query(Long.class)
                .single();
        audit.record("MESSAGE", "listing", Long.toString(id), Optional.empty(), Optional.of(messageId));
    }

    /** A message to a listing. */
    public record Message(String sentBy, String body, Instant sentAt) {}

    /** The messages to a listing, newest first: only for its registrant and editors. */
    public List<Message> messages(long id) {
        Listing listing = find(id).orElseThrow(() -> new NoSuchElementException("no listing " + id));
        if (!isRegistrant(listing) && !mayReview()) {
            return List.of();
        }
        return jdbc.sql("select sent_by, body, sent_at from knowledge.listing_message where listing_id = :id"
                        + " order by sent_at desc")
                .param("id", id)
                .query((rs, n) -> new Message(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** A listing: an approved one for everyone, a pending or rejected one for its registrant and editors. */
    public Optional<Listing> listing(long id) {
        return find(id).filter(l -> l.status() == ListingStatus.APPROVED || isRegistrant(l) || mayReview());
    }

    /** Approved listings of a kind, optionally offering a service or serving a state, best rated first. */
    public List<Listing> approved(ListingKind kind, Optional<BdsService> service, Optional<Integer> state) {
        return jdbc.sql(SELECT + """
                        where l.status = 'APPROVED' and l.kind = :kind
                          and (cast(:service as text) is null or :service = any(l.services))
                          and (cast(:state as integer) is null or cardinality(l.states_served) = 0
                               or :state = any(l.states_served))
                        order by r.average desc nulls last, l.name limit 500""")
                .param("kind", kind.name())
                .param("service", service.map(Enum::name).orElse(null))
                .param("state", state.orElse(null))
                .query((rs, n) -> listing(rs))
                .list();
    }

    /** Listings waiting for review, oldest first (editors), or the current user's own pending ones. */
    public List<Listing> pending() {
        return jdbc.sql(SELECT + " where l.status = 'PENDING' and (:editor or l.registered_by = :me)"
                        + " order by l.registered_at")
                .param("editor", mayReview())
                .param("me", currentUser.username().orElse(""))
                .query((rs, n) -> listing(rs))
                .list();
    }

    /** The ratings of a listing, newest first. */
    public List<ListingRating> ratings(long id) {
        return jdbc.sql("select * from knowledge.listing_rating where listing_id = :id order by rated_at desc")
                .param("id", id)
                .query((rs, n) -> new ListingRating(
                        rs.getInt("stars"),
                        rs.getString("activity"),
                        Optional.ofNullable((Long) rs.getObject("cluster_id")),
                        rs.getString("comment"),
                        rs.getString("rated_by"),
                        rs.getTimestamp("rated_at").toInstant()))
                .list();
    }

    private boolean isRegistrant(Listing listing) {
        return currentUser.username().map(listing.registeredBy()::equals).orElse(false);
    }

    private Optional<Listing> find(long id) {
        return jdbc.sql(SELECT + " where l.id = :id")
                .param("id", id)
                .query((rs, n) -> listing(rs))
                .optional();
    }

    private static Listing listing(ResultSet rs) throws SQLException {
        return new Listing(
                rs.getLong("id"),
                ListingKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("description"),
                Arrays.stream(strings(rs.getArray("services")))
                        .map(BdsService::valueOf)
                        .toList(),
                Optional.ofNullable(rs.getString("sectors")),
                Arrays.asList(integers(rs.getArray("states_served"))),
                Optional.ofNullable(rs.getString("accreditation")),
                ListingStatus.valueOf(rs.getString("status")),
                rs.getString("registered_by"),
                rs.getTimestamp("registered_at").toInstant(),
                Optional.ofNullable(rs.getString("review_note")),
                Optional.ofNullable(rs.getBigDecimal("average")).map(java.math.BigDecimal::doubleValue),
                rs.getInt("ratings"),
                rs.getInt("version"));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static Integer[] integers(Array array) throws SQLException {
        return array == null ? new Integer[0] : (Integer[]) array.getArray();
    }
}
