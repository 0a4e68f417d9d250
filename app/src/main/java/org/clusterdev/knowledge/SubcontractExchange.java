package org.clusterdev.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subcontract exchange: capacity offers, part requests and bulk tenders posted by anyone signed in, shown and
 * matched until the day they expire (or are withdrawn), and answered by messages through the system.
 */
@Service
public class SubcontractExchange {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    SubcontractExchange(JdbcClient jdbc, CurrentUser currentUser, AuditTrail audit) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = Clock.systemDefaultZone();
    }

    /** Today, by which posts expire. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Posts an offer, request or tender.
     *
     * @throws AccessDeniedException for an anonymous visitor
     */
    @Transactional
    public long post(ExchangePost post) {
        String me = currentUser.username().orElseThrow(() -> new AccessDeniedException("Sign in to post."));
        long id = jdbc.sql("""
                        insert into knowledge.exchange_post (kind, title, description, nic_code, product, state_code,
                                                             quantity, unit, expires_on, posted_by)
                        values (:kind, :title, :description, :nic, :product, :state, :quantity, :unit, :expires, :me)
                        returning id""")
                .param("kind", post.kind().name())
                .param("title", post.title())
                .param("description", post.description())
                .param("nic", post.nicCode())
                .param("product", post.product())
                .param("state", post.stateCode())
                .param("quantity", post.quantity())
                .param("unit", post.unit())
                .param("expires", post.expiresOn())
                .param("me", me)
                .query(Long.class)
                .single();
        audit.record("CREATE", "exchange-post", Long.toString(id), Optional.empty(), find(id));
        return id;
    }

    /** Withdraws a post before it expires (its poster). */
    @Transactional
    public void withdraw(long id) {
        ExchangePost post = find(id).orElseThrow(() -> new NoSuchElementException("no post " + id));
        if (!currentUser.username().map(post.postedBy()::equals).orElse(false)) {
            throw new AccessDeniedException("Only its poster withdraws a post.");
        }
        jdbc.sql("update knowledge.exchange_post set withdrawn = true where id = :id")
                .param("id", id)
                .update();
        audit.record("WITHDRAW", "exchange-post", Long.toString(id), Optional.of(post), Optional.empty());
    }

    /** Open posts (not expired, not withdrawn), optionally of one kind, newest first. */
    public List<ExchangePost> open(Optional<ExchangePost.Kind> kind) {
        return jdbc.sql("""
                        select * from knowledge.exchange_post
                        where not withdrawn and expires_on >= :today and (cast(:kind as text) is null or kind = :kind)
                        order by posted_at desc limit 500""")
                .param("today", today())
                .param("kind", kind.map(Enum::name).orElse(null))
                .query((rs, n) -> post(rs))
                .list();
    }

    /** An open post, or the poster's own one whatever its state. */
    public Optional<ExchangePost> post(long id) {
        String me = currentUser.username().orElse("");
        return jdbc.sql("""
                        select * from knowledge.exchange_post
                        where id = :id and ((not withdrawn and expires_on >= :today) or posted_by = :me)""")
                .param("id", id)
                .param("today", today())
                .param("me", me)
                .query((rs, n) -> post(rs))
                .optional();
    }

    /**
     * The open posts that answer this one (offers for a request or tender, and the reverse), best first: same NIC
     * class (or at least division) is required; the same state and enough capacity rank higher.
     */
    public List<ExchangeMatch> matches(long id) {
        ExchangePost post = post(id).orElseThrow(() -> new NoSuchElementException("no post " + id));
        List<ExchangePost> candidates = jdbc.sql("""
                        select * from knowledge.exchange_post
                        where not withdrawn and expires_on >= :today and id <> :id
                          and left(nic_code, 2) = left(:nic, 2)
                        limit 1000""")
                .param("today", today())
                .param("id", id)
                .param("nic", post.nicCode())
                .query((rs, n) -> post(rs))
                .list();
        return candidates.stream()
                .filter(other -> post.kind().answers(other.kind()))
                .map(other -> match(post, other))
                .sorted(Comparator.comparingInt(ExchangeMatch::score)
                        .reversed()
                        .thenComparing(m -> m.post().expiresOn()))
                .limit(20)
                .toList();
    }

    /** Scores how well {@code other} answers {@code post}. */
    static ExchangeMatch match(ExchangePost post, ExchangePost other) {
        List<String> reasons = new ArrayList<>();
        int score = 0;
        String a = post.nicCode();
        String b = other.nicCode();
        if (a.length() >= 4 && b.length() >= 4 && a.substring(0, 4).equals(b.substring(0, 4))) {
            score += 3;
            reasons.add("exchange.reason.nic4");
        } else {
            score += 1;
            reasons.add("exchange.reason.nic2");
        }
        if (post.stateCode() == other.stateCode()) {
            score += 2;
            reasons.add("exchange.reason.state");
        }
        ExchangePost offer = post.kind() == ExchangePost.Kind.CAPACITY_OFFER ? post : other;
        ExchangePost need = offer == post ? other : post;
        if (offer.unit().equalsIgnoreCase(need.unit()) && offer.quantity() >= need.quantity()) {
            score += 2;
            reasons.add("exchange.reason.capacity");
        }
        return new ExchangeMatch(other, score, reasons);
    }

    /** Sends a message to a post's poster through the system. */
    @Transactional
    public void message(long id, String body) {
        String me = currentUser.username().orElseThrow(() -> new AccessDeniedException("Sign in to send a message."));
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new IllegalArgumentException("body: write a message of 1 to 2,000 characters");
        }
        post(id).orElseThrow(() -> new NoSuchElementException("no post " + id));
        jdbc.sql("insert into knowledge.exchange_message (post_id, sent_by, body) values (:id, :me, :body)")
                .param("id", id)
                .param("me", me)
                .param("body", text)
                .update();
        audit.record("MESSAGE", "exchange-post", Long.toString(id), Optional.empty(), Optional.of(me));
    }

    /** The messages to a post, for its poster only. */
    public List<Directories.Message> messages(long id) {
        ExchangePost post = post(id).orElseThrow(() -> new NoSuchElementException("no post " + id));
        if (!currentUser.username().map(post.postedBy()::equals).orElse(false)) {
            return List.of();
        }
        return jdbc.sql("select sent_by, body, sent_at from knowledge.exchange_message where post_id = :id"
                        + " order by sent_at desc")
                .param("id", id)
                .query((rs, n) -> new Directories.Message(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private Optional<ExchangePost> find(long id) {
        return jdbc.sql("select * from knowledge.exchange_post where id = :id")
                .param("id", id)
                .query((rs, n) -> post(rs))
                .optional();
    }

    private static ExchangePost post(ResultSet rs) throws SQLException {
        return new ExchangePost(
                rs.getLong("id"),
                ExchangePost.Kind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("nic_code"),
                rs.getString("product"),
                rs.getInt("state_code"),
                rs.getLong("quantity"),
                rs.getString("unit"),
                rs.getObject("expires_on", LocalDate.class),
                rs.getString("posted_by"),
                rs.getTimestamp("posted_at").toInstant());
    }
}
