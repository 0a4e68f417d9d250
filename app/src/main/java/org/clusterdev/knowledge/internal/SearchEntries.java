package org.clusterdev.knowledge.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code knowledge.entry}, the one search index over documents, news, events and practices. Each facade
 * writes a record's entry in the transaction that writes the record, so search never finds a record that does
 * not exist, nor misses one that does.
 */
@Component
public class SearchEntries {

    private final JdbcClient jdbc;

    SearchEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What search knows of one record.
     *
     * @param source {@code DOCUMENT}, {@code NEWS}, {@code EVENT} or {@code PRACTICE}
     * @param kind the facet "type": a document kind, {@code NEWS}, an event kind or an activity type
     * @param roles for a restricted record, the roles that may read it
     * @param owner who may always read it (the uploader), when any
     */
    public record Entry(
            String source,
            long sourceId,
            String title,
            String summary,
            String body,
            String kind,
            String language,
            Optional<Integer> stateCode,
            Optional<String> product,
            Optional<String> nicCode,
            Optional<String> scheme,
            Optional<Integer> year,
            boolean restricted,
            List<String> roles,
            Optional<String> owner) {}

    /** Adds or replaces the entry of a record. */
    public void save(Entry entry) {
        jdbc.sql("""
                        insert into knowledge.entry (source, source_id, title, summary, body, kind, language, state_code,
                                                     product, nic_code, scheme, year, visibility, roles, uploaded_by)
                        values (:source, :sourceId, :title, :summary, :body, :kind, :language, :state, :product, :nic,
                                :scheme, :year, :visibility, cast(:roles as text[]), :owner)
                        on conflict (source, source_id) do update set
                            title = excluded.title, summary = excluded.summary, body = excluded.body,
                            kind = excluded.kind, language = excluded.language, state_code = excluded.state_code,
                            product = excluded.product, nic_code = excluded.nic_code, scheme = excluded.scheme,
                            year = excluded.year, visibility = excluded.visibility, roles = excluded.roles,
                            uploaded_by = excluded.uploaded_by, updated_at = now()""")
                .param("source", entry.source())
                .param("sourceId", entry.sourceId())
                .param("title", entry.title())
                .param("summary", entry.summary())
                .param("body", entry.body())
                .param("kind", entry.kind())
                .param("language", entry.language())
                .param("state", entry.stateCode().orElse(null))
                .param("product", entry.product().orElse(null))
                .param("nic", entry.nicCode().orElse(null))
                .param("scheme", entry.scheme().orElse(null))
                .param("year", entry.year().orElse(null))
                .param("visibility", entry.restricted() ? "RESTRICTED" : "PUBLIC")
                .param("roles", entry.roles().toArray(String[]::new))
                .param("owner", entry.owner().orElse(null))
                .update();
    }

    /** Removes a record's entry (a news post taken back to draft, a deleted record). */
    public void remove(String source, long sourceId) {
        jdbc.sql("delete from knowledge.entry where source = :source and source_id = :id")
                .param("source", source)
                .param("id", sourceId)
                .update();
    }

    /** The text search holds for a record, for its page; empty when it has none. */
    public Optional<String> body(String source, long sourceId) {
        return jdbc.sql("select body from knowledge.entry where source = :source and source_id = :id")
                .param("source", source)
                .param("id", sourceId)
                .query(String.class)
                .optional();
    }
}
