package org.clusterdev.knowledge;

import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Links to international sites and events and reading lists, curated by editors and public to all. */
@Service
public class CuratedLinks {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    CuratedLinks(JdbcClient jdbc, CurrentUser currentUser, AuditTrail audit) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Whether the current user curates links (the news editors). */
    public boolean mayCurate() {
        return Reader.current(currentUser).holdsAny(EClusterNews.EDITORS);
    }

    /**
     * Adds a link.
     *
     * @throws AccessDeniedException when the user is no editor
     */
    @Transactional
    public long add(CuratedLink link) {
        requireCurator();
        long id = jdbc.sql("""
                        insert into knowledge.link (kind, title, url, description, list_name, created_by)
                        values (:kind, :title, :url, :description, :list, :by) returning id""")
                .param("kind", link.kind().name())
                .param("title", link.title())
                .param("url", link.url())
                .param("description", link.description())
                .param("list", link.listName().orElse(null))
                .param("by", currentUser.username().orElse("system"))
                .query(Long.class)
                .single();
        audit.record("CREATE", "link", Long.toString(id), Optional.empty(), Optional.of(link));
        return id;
    }

    /** Removes a link (editors). */
    @Transactional
    public void remove(long id) {
        requireCurator();
        Optional<CuratedLink> before = all().stream().filter(l -> l.id() == id).findFirst();
        jdbc.sql("delete from knowledge.link where id = :id").param("id", id).update();
        audit.record("DELETE", "link", Long.toString(id), before, Optional.empty());
    }

    /** Every link, by kind, reading list and title. */
    public List<CuratedLink> all() {
        return jdbc.sql("select * from knowledge.link order by kind, list_name nulls first, title")
                .query((rs, n) -> new CuratedLink(
                        rs.getLong("id"),
                        CuratedLink.Kind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("url"),
                        rs.getString("description"),
                        Optional.ofNullable(rs.getString("list_name"))))
                .list();
    }

    private void requireCurator() {
        if (!mayCurate()) {
            throw new AccessDeniedException("Only editors curate links.");
        }
    }
}
