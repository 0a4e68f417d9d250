package org.clusterdev.knowledge.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.knowledge.DocumentDetails;
import org.clusterdev.knowledge.DocumentKind;
import org.clusterdev.knowledge.DocumentView;
import org.clusterdev.knowledge.Reader;
import org.clusterdev.knowledge.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of {@code knowledge.document}; every read applies the reader's visibility. */
@Component
public class DocumentRows {

    /** A row the reader may see: public, or restricted to a role the reader holds, or the reader's own. */
    static final String VISIBLE = """
            (d.visibility = 'PUBLIC' or :administrator or d.uploaded_by = :username
             or d.roles && cast(:readerRoles as text[]))""";

    private static final String COLUMNS = """
            select d.*, coalesce(left(e.body, 600), '') as excerpt
            from knowledge.document d
            left join knowledge.entry e on e.source = 'DOCUMENT' and e.source_id = d.id
            """;

    private final JdbcClient jdbc;

    DocumentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new document's stored facts. */
    public record Stored(String mediaType, String fileName, String path, long size, String sha256, int textChars) {}

    /** Inserts a document and returns its id. */
    public long insert(DocumentDetails details, Stored stored, String uploadedBy) {
        return jdbc.sql("""
                        insert into knowledge.document (title, kind, language, media_type, file_name, stored_path,
                            size_bytes, sha256, text_chars, year, state_code, cluster_ids, scheme, activity_type,
                            product, nic_code, places, visibility, roles, uploaded_by)
                        values (:title, :kind, :language, :mediaType, :fileName, :path, :size, :sha256, :textChars,
                            :year, :state, cast(:clusters as bigint[]), :scheme, :activity, :product, :nic, :places,
                            :visibility, cast(:roles as text[]), :uploadedBy)
                        returning id""")
                .param("title", details.title())
                .param("kind", details.kind().name())
                .param("language", details.language())
                .param("mediaType", stored.mediaType())
                .param("fileName", stored.fileName())
                .param("path", stored.path())
                .param("size", stored.size())
                .param("sha256", stored.sha256())
                .param("textChars", stored.textChars())
                .param("year", details.year().orElse(null))
                .param("state", details.stateCode().orElse(null))
                .param("clusters", details.clusterIds().toArray(Long[]::new))
                .param("scheme", details.scheme().orElse(null))
                .param("activity", details.activityType().map(Enum::name).orElse(null))
                .param("product", details.product().orElse(null))
                .param("nic", details.nicCode().orElse(null))
                .param("places", details.places().orElse(null))
                .param("visibility", details.visibility().name())
                .param("roles", details.roles().stream().map(Enum::name).toArray(String[]::new))
                .param("uploadedBy", uploadedBy)
                .query(Long.class)
                .single();
    }

    /** The document if it exists and the reader may see it; cluster names are filled in by the caller. */
    public Optional<DocumentView> find(long id, Reader reader) {
        return jdbc.sql(COLUMNS + " where d.id = :id and " + VISIBLE)
                .param("id", id)
                .params(readerParameters(reader))
                .query((rs, n) -> view(rs))
                .optional();
    }

    /** Where the document's file is stored, if the reader may see it. */
    public Optional<String> storedPath(long id, Reader reader) {
        return jdbc.sql("select d.stored_path from knowledge.document d where d.id = :id and " + VISIBLE)
                .param("id", id)
                .params(readerParameters(reader))
                .query(String.class)
                .optional();
    }

    /** The newest documents the reader may see. */
    public List<DocumentView> recent(Reader reader, int limit) {
        return jdbc.sql(COLUMNS + " where " + VISIBLE + " order by d.uploaded_at desc, d.id desc limit :limit")
                .params(readerParameters(reader))
                .param("limit", limit)
                .query((rs, n) -> view(rs))
                .list();
    }

    /** The documents the reader may see that concern a cluster, newest first. */
    public List<DocumentView> ofCluster(long clusterId, Reader reader) {
        return jdbc.sql(COLUMNS + " where :cluster = any(d.cluster_ids) and " + VISIBLE
                        + " order by d.uploaded_at desc limit 50")
                .param("cluster", clusterId)
                .params(readerParameters(reader))
                .query((rs, n) -> view(rs))
                .list();
    }

    /** The reader as SQL parameters of {@link #VISIBLE}. */
    public static Map<String, Object> readerParameters(Reader reader) {
        return Map.of(
                "administrator", reader.administrator(),
                "username", reader.username().orElse(""),
                "readerRoles", reader.roles().toArray(String[]::new));
    }

    private static DocumentView view(ResultSet rs) throws SQLException {
        return new DocumentView(
                rs.getLong("id"),
                rs.getString("title"),
                DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("language"),
                rs.getString("media_type"),
                rs.getString("file_name"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getInt("text_chars"),
                Optional.ofNullable((Integer) rs.getObject("year")),
                Optional.ofNullable((Integer) rs.getObject("state_code")),
                Arrays.asList(longs(rs.getArray("cluster_ids"))),
                List.of(),
                Optional.ofNullable(rs.getString("scheme")),
                Optional.ofNullable(rs.getString("activity_type")),
                Optional.ofNullable(rs.getString("product")),
                Optional.ofNullable(rs.getString("nic_code")),
                Optional.ofNullable(rs.getString("places")),
                Visibility.valueOf(rs.getString("visibility")),
                Arrays.asList(strings(rs.getArray("roles"))),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("excerpt"));
    }

    private static Long[] longs(Array array) throws SQLException {
        return array == null ? new Long[0] : (Long[]) array.getArray();
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
