package org.clusterdev.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.knowledge.internal.SearchEntries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * e-Cluster News (seed 001 slide 24): people working on programmes write posts; an editor (administrator,
 * ministry or scheme administrator) reviews and publishes them. Only published posts are public, searchable and in
 * the Atom feed. Every step is audited and guarded by the version the actor saw.
 */
@Service
public class EClusterNews {

    /** Who reviews and publishes. */
    static final List<Role> EDITORS = List.of(Role.ADMINISTRATOR, Role.MINISTRY, Role.SCHEME_ADMINISTRATOR);

    private final JdbcClient jdbc;
    private final SearchEntries entries;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    EClusterNews(JdbcClient jdbc, SearchEntries entries, CurrentUser currentUser, AuditTrail audit) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Whether the current user may write posts. */
    public boolean mayWrite() {
        return Reader.current(currentUser).holdsAny(DocumentLibrary.CONTRIBUTORS);
    }

    /** Whether the current user may publish posts. */
    public boolean mayEdit() {
        return Reader.current(currentUser).holdsAny(EDITORS);
    }

    /**
     * Writes a new draft.
     *
     * @throws AccessDeniedException when the user may not write posts
     */
    @Transactional
    public long write(NewsDraft draft) {
        if (!mayWrite()) {
            throw new AccessDeniedException("Only people working on programmes may write news.");
        }
        long id = jdbc.sql("""
                        insert into knowledge.news_post (title, summary, body, language, author)
                        values (:title, :summary, :body, :language, :author) returning id""")
                .param("title", draft.title())
                .param("summary", draft.summary())
                .param("body", draft.body())
                .param("language", draft.language())
                .param("author", currentUser.username().orElse("system"))
                .query(Long.class)
                .single();
        audit.record("CREATE", "news", Long.toString(id), Optional.empty(), find(id));
        return id;
    }

    /** Whether the current user may change the text of a post: its author while a draft, editors until published. */
    public boolean mayRevise(NewsPost post) {
        return post.status().editable() && ((isAuthor(post) && post.status() == NewsStatus.DRAFT) || mayEdit());
    }

    /**
     * Changes the text of a post that is not yet published.
     *
     * @throws AccessDeniedException when the user may not change it (see {@link #mayRevise})
     * @throws IllegalStateException when someone changed it since {@code version}
     */
    @Transactional
    public void revise(long id, int version, NewsDraft draft) {
        NewsPost post = require(id);
        if (!mayRevise(post)) {
            throw new AccessDeniedException(
                    post.status().editable()
                            ? "Only the author of a draft or an editor may change this post."
                            : "A published post is not changed: it stays as its readers saw it.");
        }
        int changed = jdbc.sql("""
                        update knowledge.news_post
                        set title = :title, summary = :summary, body = :body, language = :language,
                            version = version + 1, updated_at = now()
                        where id = :id and version = :version and status <> 'PUBLISHED'""")
                .param("title", draft.title())
                .param("summary", draft.summary())
                .param("body", draft.body())
                .param("language", draft.language())
                .param("id", id)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new IllegalStateException(
                    "version: someone else changed this post since you opened it; reload to see their change");
        }
        audit.record("UPDATE", "news", Long.toString(id), Optional.of(post), find(id));
    }

    /**
     * Submits a draft for review (its author or an editor).
     *
     * @throws IllegalStateException when it is not a draft, or someone changed it since {@code version}
     */
    @Transactional
    public void submit(long id, int version) {
        NewsPost post = require(id);
        if (!isAuthor(post) && !mayEdit()) {
            throw new AccessDeniedException("Only the author or an editor may submit this post.");
        }
        move(post, version, post.status().submit());
    }

    /**
     * Publishes a post under review (editors): it becomes public, searchable and part of the feed.
     *
     * @throws IllegalStateException when it is not under review, or someone changed it since {@code version}
     */
    @Transactional
    public void publish(long id, int version) {
        requireEditor();
        NewsPost post = require(id);
        move(post, version, post.status().publish());
        NewsPost published = require(id);
        entries.save(new SearchEntries.Entry(
                "NEWS",
                id,
                published.title(),
                published.summary(),
                published.body(),
                "NEWS",
                published.language(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                published
                        .publishedAt()
                        .map(at -> Year.from(at.atZone(ZoneOffset.UTC)).getValue()),
                false,
                List.of(),
                Optional.empty()));
    }

    /** Returns a post under review to its author as a draft (editors). */
    @Transactional
    public void returnToDraft(long id, int version) {
        requireEditor();
        NewsPost post = require(id);
        move(post, version, post.status().returnToDraft());
    }

    /** A post: a published one for everyone, an unpublished one only for its author and editors. */
    public Optional<NewsPost> post(long id) {
        return find(id).filter(p -> p.status() == NewsStatus.PUBLISHED || isAuthor(p) || mayEdit());
    }

    /** Published posts, newest first. */
    public List<NewsPost> published(int limit) {
        return jdbc.sql("select * from knowledge.news_post where status = 'PUBLISHED'"
                        + " order by published_at desc, id desc limit :limit")
                .param("limit", limit)
                .query((rs, n) -> post(rs))
                .list();
    }

    /** Posts not yet published that the current user works on: own drafts, and for editors everything under review. */
    public List<NewsPost> desk() {
        return jdbc.sql("""
                        select * from knowledge.news_post
                        where status <> 'PUBLISHED' and (author = :me or (:editor and status = 'REVIEW'))
                        order by updated_at desc""")
                .param("me", currentUser.username().orElse(""))
                .param("editor", mayEdit())
                .query((rs, n) -> post(rs))
                .list();
    }

    private void move(NewsPost post, int version, NewsStatus next) {
        int changed = jdbc.sql("""
                        update knowledge.news_post
                        set status = :next, version = version + 1, updated_at = now(),
                            published_at = case when :next = 'PUBLISHED' then now() end
                        where id = :id and version = :version""")
                .param("next", next.name())
                .param("id", post.id())
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new IllegalStateException(
                    "version: someone else changed this post since you opened it; reload to see their change");
        }
        audit.record(next.name(), "news", Long.toString(post.id()), Optional.of(post), find(post.id()));
    }

    private boolean isAuthor(NewsPost post) {
        return currentUser.username().map(post.author()::equals).orElse(false);
    }

    private void requireEditor() {
        if (!mayEdit()) {
            throw new AccessDeniedException("Only editors may publish news.");
        }
    }

    private NewsPost require(long id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("no news post " + id));
    }

    private Optional<NewsPost> find(long id) {
        return jdbc.sql("select * from knowledge.news_post where id = :id")
                .param("id", id)
                .query((rs, n) -> post(rs))
                .optional();
    }

    private static NewsPost post(ResultSet rs) throws SQLException {
        return new NewsPost(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("body"),
                rs.getString("language"),
                NewsStatus.valueOf(rs.getString("status")),
                rs.getString("author"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("published_at")).map(java.sql.Timestamp::toInstant),
                rs.getInt("version"));
    }
}
