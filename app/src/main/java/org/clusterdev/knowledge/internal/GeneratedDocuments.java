package org.clusterdev.knowledge.internal;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.clusterdev.knowledge.DocumentDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores the reports the system generates as documents, one document per report: the first filing inserts it,
 * a later one (a revised plan, a study validated again) replaces its file, text and metadata in place and counts a
 * revision, so search and links keep finding one document. Callers run in a transaction.
 */
@Component
public class GeneratedDocuments {

    /** Who files generated reports, as the documents' uploader. */
    public static final String FILER = "system";

    private final DocumentFiles files;
    private final DocumentInspection inspection;
    private final DocumentRows documents;
    private final SearchEntries entries;
    private final JdbcClient jdbc;

    GeneratedDocuments(
            DocumentFiles files,
            DocumentInspection inspection,
            DocumentRows documents,
            SearchEntries entries,
            JdbcClient jdbc) {
        this.files = files;
        this.inspection = inspection;
        this.documents = documents;
        this.entries = entries;
        this.jdbc = jdbc;
    }

    /**
     * A report to file.
     *
     * @param source {@code DIAGNOSTIC_STUDY}, {@code ACTION_PLAN} or {@code EVALUATION}
     * @param sourceId the intervention (study, plan) or the evaluation
     * @param clusterWords the names and products of its clusters, for search
     */
    public record Report(String source, long sourceId, DocumentDetails details, String fileName, String clusterWords) {}

    /** Files the report's PDF and returns the document's id. */
    public long file(Report report, byte[] pdf) {
        // one filing of a report at a time, so two events for it never insert two documents
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:source), cast(:id as integer))")
                .param("source", report.source())
                .param("id", report.sourceId())
                .query()
                .singleRow();
        DocumentFiles.Received received = files.receive(() -> new ByteArrayInputStream(pdf));
        DocumentInspection.Inspected inspected;
        Path kept;
        try {
            inspected = inspection.inspect(received.file(), report.fileName());
            kept = files.keep(received);
        } catch (RuntimeException e) {
            files.discard(received.file());
            throw e;
        }
        DocumentRows.Stored stored = new DocumentRows.Stored(
                inspected.mediaType(),
                report.fileName(),
                kept.toString(),
                received.size(),
                received.sha256(),
                inspected.text().length());
        Optional<Long> earlier = documentOf(report.source(), report.sourceId());
        long id;
        if (earlier.isPresent()) {
            id = earlier.get();
            Optional<String> oldPath = storedPath(id);
            replace(id, report.details(), stored);
            jdbc.sql("""
                            update knowledge.filed_report set revision = revision + 1, filed_at = now()
                            where source = :source and source_id = :id""")
                    .param("source", report.source())
                    .param("id", report.sourceId())
                    .update();
            oldPath.filter(path -> !path.equals(kept.toString()))
                    .ifPresent(path -> afterCommit(() -> files.discard(Path.of(path))));
        } else {
            id = documents.insert(report.details(), stored, FILER);
            jdbc.sql("insert into knowledge.filed_report (source, source_id, document_id) values (:s, :i, :d)")
                    .param("s", report.source())
                    .param("i", report.sourceId())
                    .param("d", id)
                    .update();
        }
        DocumentDetails details = report.details();
        entries.save(new SearchEntries.Entry(
                "DOCUMENT",
                id,
                details.title(),
                report.clusterWords(),
                inspected.text(),
                details.kind().name(),
                details.language(),
                details.stateCode(),
                details.product(),
                details.nicCode(),
                details.scheme(),
                details.year(),
                true,
                details.roles().stream().map(Enum::name).toList(),
                Optional.of(FILER)));
        return id;
    }

    /** The document a report was filed as, if it was. */
    public Optional<Long> documentOf(String source, long sourceId) {
        return jdbc.sql("select document_id from knowledge.filed_report where source = :s and source_id = :i")
                .param("s", source)
                .param("i", sourceId)
                .query(Long.class)
                .optional();
    }

    /** The practice a lesson was published as, if it was. */
    public Optional<Long> practiceOf(long lessonId) {
        return jdbc.sql("select practice_id from knowledge.published_lesson where lesson_id = :l")
                .param("l", lessonId)
                .query(Long.class)
                .optional();
    }

    /** Remembers that a lesson was published as a practice. */
    public void published(long lessonId, long practiceId) {
        jdbc.sql("insert into knowledge.published_lesson (lesson_id, practice_id) values (:l, :p)")
                .param("l", lessonId)
                .param("p", practiceId)
                .update();
    }

    private Optional<String> storedPath(long id) {
        return jdbc.sql("select stored_path from knowledge.document where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    private void replace(long id, DocumentDetails details, DocumentRows.Stored stored) {
        jdbc.sql("""
                        update knowledge.document set title = :title, kind = :kind, language = :language,
                            media_type = :mediaType, file_name = :fileName, stored_path = :path, size_bytes = :size,
                            sha256 = :sha256, text_chars = :textChars, year = :year, state_code = :state,
                            cluster_ids = cast(:clusters as bigint[]), scheme = :scheme, product = :product,
                            visibility = :visibility, roles = cast(:roles as text[]), uploaded_at = now(),
                            version = version + 1
                        where id = :id""")
                .param("id", id)
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
                .param("product", details.product().orElse(null))
                .param("visibility", details.visibility().name())
                .param("roles", details.roles().stream().map(Enum::name).toArray(String[]::new))
                .update();
    }

    private static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }
}
