package org.clusterdev.programme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.platform.ClusterdevProperties;
import org.clusterdev.programme.internal.ImplementationRows;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implementation and exit (issue 5, deliverable 10): activities done with dates, cost, participants, outputs and
 * evidence files (kept on disk under {@code dataDir/programme/evidence/}, optionally geotagged); the exit checklist;
 * and follow-up visits after hand-over. Every record is audited.
 */
@Service
public class Implementation {

    /** Evidence files are photos, scans and documents; more would fill the disk without telling anything. */
    static final long MAX_EVIDENCE_BYTES = 20L * 1024 * 1024;

    static final Set<String> FOLLOW_UP_STATUSES = Set.of("ON_TRACK", "AT_RISK", "LAPSED");

    private final ImplementationRows rows;
    private final Interventions interventions;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Path evidenceDirectory;

    Implementation(
            ImplementationRows rows,
            Interventions interventions,
            CurrentUser currentUser,
            AuditTrail audit,
            ClusterdevProperties properties) {
        this.rows = rows;
        this.interventions = interventions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.evidenceDirectory = properties.dataDir().resolve("programme").resolve("evidence");
    }

    /** The activities carried out, by their first day. */
    public List<ActivityRecord> activities(long interventionId) {
        return rows.activities(interventionId);
    }

    /**
     * Records an activity carried out, while the intervention is implementing or later, before it ends.
     *
     * @throws IllegalArgumentException "activityCode: ..." for a code not in the catalogue, "stage: ..." before
     *     implementation
     * @throws AccessDeniedException for a user who does not do field work on this intervention
     */
    @Transactional
    public ActivityRecord recordActivity(long interventionId, ActivityDraft draft) {
        Intervention intervention = fieldWork(interventionId);
        if (intervention.stage().compareTo(Stage.IMPLEMENTING) < 0
                || intervention.stage().isFinal()) {
            throw new IllegalArgumentException("stage: activities are recorded from IMPLEMENTING until the end");
        }
        draft.activityCode().filter(code -> !rows.catalogued(code)).ifPresent(code -> {
            throw new IllegalArgumentException("activityCode: '" + code + "' is not in the activity catalogue");
        });
        long id = rows.insert(interventionId, draft, user());
        ActivityRecord recorded = rows.activity(id).orElseThrow();
        audit.record("CREATE", "implementation_activity", Long.toString(id), Optional.empty(), Optional.of(recorded));
        return recorded;
    }

    /**
     * Keeps a file as evidence of an activity.
     *
     * @throws IllegalArgumentException "file: ..." for an empty or too large file
     */
    @Transactional
    public ActivityRecord.Evidence attachEvidence(
            long activityId,
            String fileName,
            String contentType,
            InputStream content,
            Optional<Double> latitude,
            Optional<Double> longitude) {
        ActivityRecord activity =
                rows.activity(activityId).orElseThrow(() -> new NoSuchElementException("no activity " + activityId));
        fieldWork(activity.interventionId());
        if (latitude.isPresent() != longitude.isPresent()) {
            throw new IllegalArgumentException("longitude: a geotag has both latitude and longitude");
        }
        String storedAs = UUID.randomUUID().toString();
        Path target = evidenceDirectory.resolve(storedAs);
        long size;
        try {
            Files.createDirectories(evidenceDirectory);
            size = Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the evidence file", e);
        }
        if (size == 0 || size > MAX_EVIDENCE_BYTES) {
            deleteQuietly(target);
            throw new IllegalArgumentException("file: an evidence file has 1 byte to 20 MB");
        }
        String name = fileName == null || fileName.isBlank()
                ? "evidence"
                : Path.of(fileName).getFileName().toString();
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        long id = rows.insertEvidence(activityId, name, type, size, storedAs, latitude, longitude, user());
        ActivityRecord.Evidence evidence = rows.activity(activityId).orElseThrow().evidence().stream()
                .filter(file -> file.id() == id)
                .findFirst()
                .orElseThrow();
        audit.record("CREATE", "evidence_file", Long.toString(id), Optional.empty(), Optional.of(evidence));
        return evidence;
    }

    /** An evidence file on disk with its name and type, for whoever may see its intervention. */
    public Optional<EvidenceFile> evidenceFile(long evidenceId) {
        return rows.storedEvidence(evidenceId)
                .filter(stored -> interventions
                        .details(stored.interventionId())
                        .map(interventions::maySee)
                        .orElse(false))
                .map(stored -> new EvidenceFile(
                        evidenceDirectory.resolve(stored.storedAs()), stored.fileName(), stored.contentType()));
    }

    /** An evidence file as stored. */
    public record EvidenceFile(Path path, String fileName, String contentType) {}

    /** The exit checklist: each item with its confirmation, if given. */
    public Map<ExitItem, ExitConfirmation> exitChecklist(long interventionId) {
        return rows.checklist(interventionId);
    }

    /**
     * Confirms an item of the exit checklist with the evidence seen, while the intervention is implementing or
     * evaluated.
     *
     * @throws IllegalArgumentException "evidence: ..." without evidence, "stage: ..." outside those stages
     */
    @Transactional
    public ExitConfirmation confirmExitItem(long interventionId, ExitItem item, String evidence) {
        Intervention intervention = fieldWork(interventionId);
        if (intervention.stage() != Stage.IMPLEMENTING && intervention.stage() != Stage.EVALUATED) {
            throw new IllegalArgumentException(
                    "stage: the exit checklist is confirmed while IMPLEMENTING or EVALUATED");
        }
        if (item == null) {
            throw new IllegalArgumentException("item: one of " + List.of(ExitItem.values()));
        }
        String seen = evidence == null ? "" : evidence.strip();
        if (seen.isEmpty()) {
            throw new IllegalArgumentException("evidence: say what shows that this is true");
        }
        Optional<ExitConfirmation> before =
                Optional.ofNullable(rows.checklist(interventionId).get(item));
        rows.confirm(interventionId, item, seen, user());
        ExitConfirmation after = rows.checklist(interventionId).get(item);
        audit.record("CONFIRM", "exit_check", interventionId + "/" + item, before, Optional.of(after));
        return after;
    }

    /** The follow-up visits after hand-over, by date. */
    public List<FollowUp> followUps(long interventionId) {
        return rows.followUps(interventionId);
    }

    /**
     * Records a visit after hand-over.
     *
     * @throws IllegalArgumentException "status: ...", "visitedOn: ...", "note: ..." or "stage: ..." before hand-over
     */
    @Transactional
    public FollowUp recordFollowUp(long interventionId, LocalDate visitedOn, String status, String note) {
        Intervention intervention = fieldWork(interventionId);
        if (intervention.stage() != Stage.HANDED_OVER && intervention.stage() != Stage.SELF_MANAGING) {
            throw new IllegalArgumentException("stage: follow-up visits come after HANDED_OVER");
        }
        if (!FOLLOW_UP_STATUSES.contains(status)) {
            throw new IllegalArgumentException("status: ON_TRACK, AT_RISK or LAPSED");
        }
        if (visitedOn == null) {
            throw new IllegalArgumentException("visitedOn: the day of the visit is required");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("note: what the visit found is required");
        }
        long id = rows.insertFollowUp(interventionId, visitedOn, status, text, user());
        FollowUp recorded = rows.followUps(interventionId).stream()
                .filter(visit -> visit.id() == id)
                .findFirst()
                .orElseThrow();
        audit.record("CREATE", "exit_follow_up", Long.toString(id), Optional.empty(), Optional.of(recorded));
        return recorded;
    }

    private Intervention fieldWork(long interventionId) {
        Intervention intervention = interventions
                .details(interventionId)
                .orElseThrow(() -> new NoSuchElementException("no intervention " + interventionId));
        if (!interventions.mayRecord(intervention)) {
            throw new AccessDeniedException("You do not do field work on this intervention.");
        }
        return intervention;
    }

    private String user() {
        return currentUser.username().orElse("system");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the refusal matters more than the leftover; a stray file holds no record
        }
    }
}
