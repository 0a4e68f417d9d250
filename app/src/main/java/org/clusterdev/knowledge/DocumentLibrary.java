package org.clusterdev.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.knowledge.internal.DocumentFiles;
import org.clusterdev.knowledge.internal.DocumentInspection;
import org.clusterdev.knowledge.internal.DocumentRows;
import org.clusterdev.knowledge.internal.SearchEntries;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The document repository: reports, plans, case studies, evaluations, policies and training material. An upload
 * is streamed to disk, its type decided by its content, its text extracted; a refused file leaves nothing behind.
 * Restricted documents are shown only to the roles they name, administrators and their uploader.
 */
@Service
public class DocumentLibrary {

    /** Who may upload documents: every role working on programmes, in any scope. */
    static final List<Role> CONTRIBUTORS = List.of(
            Role.ADMINISTRATOR,
            Role.MINISTRY,
            Role.SCHEME_ADMINISTRATOR,
            Role.STATE_CELL,
            Role.IMPLEMENTING_AGENCY,
            Role.RESOURCE_ORGANISATION,
            Role.CDA);

    private final DocumentFiles files;
    private final DocumentInspection inspection;
    private final DocumentRows rows;
    private final SearchEntries entries;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ClusterRegistry registry;
    private final TransactionTemplate transaction;

    DocumentLibrary(
            DocumentFiles files,
            DocumentInspection inspection,
            DocumentRows rows,
            SearchEntries entries,
            CurrentUser currentUser,
            AuditTrail audit,
            ClusterRegistry registry,
            PlatformTransactionManager transactions) {
        this.files = files;
        this.inspection = inspection;
        this.rows = rows;
        this.entries = entries;
        this.currentUser = currentUser;
        this.audit = audit;
        this.registry = registry;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Whether the current user may upload documents. */
    public boolean mayContribute() {
        return Reader.current(currentUser).holdsAny(CONTRIBUTORS);
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return files.maxBytes();
    }

    /**
     * Stores a document: streams the file to disk, checks its type by content, extracts its text, and records it
     * with its metadata and search entry in one transaction.
     *
     * @param fileName the name it was uploaded with (compared with its content, never trusted for its type)
     * @return the new document's id
     * @throws AccessDeniedException when the user may not upload
     * @throws IllegalArgumentException "field: reason" for a refused file (empty, too large, not an accepted
     *     type, disguised, unreadable) or an unknown cluster; nothing is stored
     */
    public long upload(DocumentDetails details, String fileName, DocumentSource source) {
        if (!mayContribute()) {
            throw new AccessDeniedException("Only people working on programmes may upload documents.");
        }
        List<ClusterSummary> clusters = clusters(details.clusterIds());
        String name = fileName == null || fileName.isBlank()
                ? "document"
                : Path.of(fileName.strip()).getFileName().toString();
        DocumentFiles.Received received = files.receive(source);
        Path kept = null;
        try {
            DocumentInspection.Inspected inspected = inspection.inspect(received.file(), name);
            kept = files.keep(received);
            Path file = kept;
            return transaction.execute(status -> record(details, clusters, name, received, inspected, file));
        } catch (RuntimeException e) {
            files.discard(received.file());
            if (kept != null) {
                files.discard(kept);
            }
            throw e;
        }
    }

    private long record(
            DocumentDetails details,
            List<ClusterSummary> clusters,
            String fileName,
            DocumentFiles.Received received,
            DocumentInspection.Inspected inspected,
            Path file) {
        String uploader = currentUser.username().orElse("system");
        long id = rows.insert(
                details,
                new DocumentRows.Stored(
                        inspected.mediaType(),
                        fileName,
                        file.toString(),
                        received.size(),
                        received.sha256(),
                        inspected.text().length()),
                uploader);
        String clusterWords = String.join(
                " ", clusters.stream().map(c -> c.name() + " " + c.product()).toList());
        entries.save(new SearchEntries.Entry(
                "DOCUMENT",
                id,
                details.title(),
                String.join(
                                " ",
                                clusterWords,
                                details.places().orElse(""),
                                details.product().orElse(""))
                        .strip(),
                inspected.text(),
                details.kind().name(),
                details.language(),
                details.stateCode().or(() -> clusters.stream().findFirst().map(ClusterSummary::stateCode)),
                details.product().or(() -> clusters.stream().findFirst().map(ClusterSummary::product)),
                details.nicCode(),
                details.scheme(),
                details.year(),
                details.visibility() == Visibility.RESTRICTED,
                details.roles().stream().map(Enum::name).toList(),
                Optional.of(uploader)));
        audit.record(
                "UPLOAD",
                "document",
                Long.toString(id),
                Optional.empty(),
                rows.find(id, new Reader(Optional.of(uploader), List.of("ADMINISTRATOR"))));
        return id;
    }

    /** The document if the current user may read it, with the names of its clusters. */
    public Optional<DocumentView> document(long id) {
        return rows.find(id, Reader.current(currentUser)).map(this::withClusterNames);
    }

    /** Where the document's file is, if the current user may read it. */
    public Optional<Path> file(long id) {
        return rows.storedPath(id, Reader.current(currentUser)).map(Path::of);
    }

    /** The newest documents the current user may read. */
    public List<DocumentView> recent(int limit) {
        return rows.recent(Reader.current(currentUser), limit);
    }

    /** The documents about a cluster that the current user may read, newest first. */
    public List<DocumentView> ofCluster(long clusterId) {
        return rows.ofCluster(clusterId, Reader.current(currentUser));
    }

    private DocumentView withClusterNames(DocumentView view) {
        List<String> names = view.clusterIds().stream()
                .map(id -> registry.summary(id).map(ClusterSummary::name).orElse("#" + id))
                .toList();
        return new DocumentView(
                view.id(),
                view.title(),
                view.kind(),
                view.language(),
                view.mediaType(),
                view.fileName(),
                view.sizeBytes(),
                view.sha256(),
                view.textChars(),
                view.year(),
                view.stateCode(),
                view.clusterIds(),
                names,
                view.scheme(),
                view.activityType(),
                view.product(),
                view.nicCode(),
                view.places(),
                view.visibility(),
                view.roles(),
                view.uploadedBy(),
                view.uploadedAt(),
                view.excerpt());
    }

    private List<ClusterSummary> clusters(List<Long> ids) {
        return ids.stream()
                .map(id -> registry.summary(id)
                        .orElseThrow(() -> new IllegalArgumentException("clusterIds: no cluster has id " + id)))
                .toList();
    }
}
