package org.clusterdev.mapping;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.UserDirectory;
import org.clusterdev.mapping.internal.CandidateFigures;
import org.clusterdev.mapping.internal.Datasets;
import org.clusterdev.mapping.internal.FieldReview;
import org.clusterdev.mapping.internal.MappingJob;
import org.clusterdev.mapping.internal.MappingTables;
import org.clusterdev.platform.JobId;
import org.clusterdev.registry.ClusterChanges;
import org.clusterdev.registry.ClusterDefinition;
import org.clusterdev.registry.ClusterDefinitions;
import org.clusterdev.registry.ClusterEditing;
import org.clusterdev.registry.DefinitionVerdict;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps clusters from enterprise data and takes the candidates through field validation into the registry. Who may
 * upload, run and send candidates: administrators, the ministry and state cells; who confirms or rejects: the state
 * cell or CDA a candidate was sent to. Every change is audited.
 */
@Service
public class EnterpriseMapping {

    /** Who may upload data sets, run mappings and send candidates for field validation. */
    public static final Set<Role> MAPPERS = Set.of(Role.ADMINISTRATOR, Role.MINISTRY, Role.STATE_CELL);

    /** Who may be asked to validate a candidate in the field. */
    public static final Set<Role> VALIDATORS = Set.of(Role.STATE_CELL, Role.CDA);

    private final MappingTables tables;
    private final Datasets datasets;
    private final MappingJob job;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final RegistryAccess registry;
    private final UserDirectory users;

    EnterpriseMapping(
            MappingTables tables,
            Datasets datasets,
            MappingJob job,
            CurrentUser currentUser,
            AuditTrail audit,
            RegistryAccess registry,
            UserDirectory users) {
        this.tables = tables;
        this.datasets = datasets;
        this.job = job;
        this.currentUser = currentUser;
        this.audit = audit;
        this.registry = registry;
        this.users = users;
    }

    /** The registry facades this module uses, grouped to keep the facade's collaborators few. */
    @Service
    static class RegistryAccess {
        final ClusterDefinitions definitions;
        final ClusterEditing editing;

        RegistryAccess(ClusterDefinitions definitions, ClusterEditing editing) {
            this.definitions = definitions;
            this.editing = editing;
        }
    }

    /** Whether the current user may upload data sets, run mappings and send candidates. */
    public boolean mayMap() {
        return currentUser.grants().stream().map(RoleGrant::role).anyMatch(MAPPERS::contains);
    }

    /** Every data set, newest first. */
    public List<DatasetView> datasets() {
        return tables.datasets();
    }

    /** One data set. */
    public Optional<DatasetView> dataset(long id) {
        return tables.dataset(id);
    }

    /** The first bad rows of a data set, with line and reason. */
    public List<BadRow> badRows(long datasetId) {
        return tables.problems(datasetId);
    }

    /**
     * Stores an enterprise file streamed from {@code source} and checks it with the engine's reader. With bad rows
     * and {@code skipBadRows} false, the file is refused: nothing is stored and the bad rows are reported.
     *
     * @throws AccessDeniedException when the user may not map
     * @throws IllegalArgumentException "file: reason" when it is not an enterprise file (e.g. a missing column)
     */
    @Transactional
    public Upload upload(String fileName, FileSource source, boolean skipBadRows) {
        requireMapper();
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
        Datasets.Checked checked = datasets.store(source);
        var reading = checked.reading();
        if (reading.problemCount() > 0 && !skipBadRows) {
            datasets.discard(checked.file());
            return Datasets.refused(reading);
        }
        long id = tables.insertDataset(
                name,
                checked.file().toString(),
                checked.size(),
                reading.rows(),
                reading.problemCount(),
                currentUser.username().orElse("system"));
        List<BadRow> problems = Datasets.problems(reading);
        tables.insertProblems(id, problems);
        audit.record("UPLOAD", "mapping-dataset", Long.toString(id), Optional.empty(), tables.dataset(id));
        return new Upload(Optional.of(id), reading.rows(), reading.problemCount(), problems);
    }

    /** The definitions of the registry a run may take its parameters from. */
    public List<ClusterDefinition> definitions() {
        return registry.definitions.definitions();
    }

    /**
     * Parameters from a registry definition: its radius as the neighbourhood and its minimum as units (firms, SME
     * units) or as the minimum weight of its column (artisans, looms, families).
     *
     * @throws IllegalArgumentException "definition: reason" when it is unknown, sets no radius or counts something
     *     enterprise files do not hold
     */
    public RunParameters fromDefinition(long datasetId, String code, int nicDigits) {
        ClusterDefinition definition = registry.definitions
                .definition(code)
                .orElseThrow(() -> new IllegalArgumentException("definition: no definition has code " + code));
        double eps = definition
                .radiusKm()
                .map(BigDecimal::doubleValue)
                .orElseThrow(() -> new IllegalArgumentException("definition: it sets no radius; give one"));
        int minimum = Math.max(1, definition.minimum().intValue());
        return switch (definition.unit()) {
            case FIRMS, SME_UNITS ->
                new RunParameters(datasetId, eps, minimum, 0, Optional.empty(), nicDigits, Optional.of(code));
            case ARTISANS, LOOMS, FAMILIES ->
                new RunParameters(
                        datasetId,
                        eps,
                        1,
                        minimum,
                        Optional.of(definition.unit().name()),
                        nicDigits,
                        Optional.of(code));
            default ->
                throw new IllegalArgumentException(
                        "definition: it counts " + definition.unit() + ", which enterprise files do not hold");
        };
    }

    /**
     * Starts a mapping run as a background job; the run's page shows its results once the job succeeded.
     *
     * @return the run's id and its job
     * @throws AccessDeniedException when the user may not map
     * @throws NoSuchElementException when the data set does not exist
     */
    public StartedRun start(RunParameters parameters) {
        requireMapper();
        DatasetView dataset = tables.dataset(parameters.datasetId())
                .orElseThrow(() -> new NoSuchElementException("no data set " + parameters.datasetId()));
        Path file = Path.of(tables.storedPath(dataset.id()).orElseThrow());
        // committed before the job starts, which it does at once
        long runId = tables.insertRun(parameters, currentUser.username().orElse("system"));
        JobId jobId = job.submit(runId, parameters, file, dataset.fileName());
        tables.attachJob(runId, jobId);
        return new StartedRun(runId, jobId);
    }

    /** A run just started. */
    public record StartedRun(long runId, JobId jobId) {}

    /** Every run, newest first. */
    public List<RunView> runs() {
        return tables.runs();
    }

    /** One run. */
    public Optional<RunView> run(long id) {
        return tables.run(id);
    }

    /** One page of a run's candidates, of one comparison or of both, by group and number. */
    public List<CandidateView> candidates(long runId, Optional<Comparison> shown, int offset, int limit) {
        return tables.candidates(runId, shown, offset, limit);
    }

    /** How many candidates of a run are registered and how many new. */
    public Map<Comparison, Long> candidateCounts(long runId) {
        return tables.candidateCounts(runId);
    }

    /** The candidates of a run, by group and number. */
    public List<CandidateView> candidates(long runId) {
        return tables.candidates(runId);
    }

    /** The registered clusters of the groups a run mapped that no candidate matched. */
    public List<MissingCluster> notFound(long runId) {
        return tables.notFound(runId);
    }

    /** One candidate. */
    public Optional<CandidateView> candidate(long id) {
        return tables.candidate(id);
    }

    /**
     * What every registry definition says about a candidate now, judged on the figures its run found; the run
     * kept only which ones it met.
     */
    public List<DefinitionVerdict> verdicts(CandidateView candidate) {
        return registry.definitions.evaluate(CandidateFigures.of(
                candidate.stateCode(),
                candidate.districtName(),
                candidate.latitude(),
                candidate.longitude(),
                candidate.extentKm(),
                candidate.units(),
                candidate.artisans(),
                candidate.looms(),
                candidate.families(),
                candidate.employment()));
    }

    /** Who a candidate may be sent to: the state cells of its state and the CDAs. */
    public List<UserDirectory.Person> validators(CandidateView candidate) {
        return users.holders(VALIDATORS, candidate.stateCode().orElse(-1));
    }

    /**
     * Sends a new candidate to a state cell of its state or a CDA for field validation.
     *
     * @throws AccessDeniedException when the user may not map
     * @throws IllegalArgumentException "field: reason" when the candidate is not new or already answered, or the
     *     person is not a validator for it
     */
    @Transactional
    public void send(long candidateId, String username) {
        requireMapper();
        CandidateView candidate = existing(candidateId);
        if (!users.holds(
                username == null ? "" : username.strip(),
                VALIDATORS,
                candidate.stateCode().orElse(-1))) {
            throw new IllegalArgumentException("reviewer: choose a state cell of the candidate's state or a CDA");
        }
        save("SEND", candidate, FieldReview.of(candidate).sendTo(username));
    }

    /**
     * The person a candidate was sent to confirms it, with a confidence level and the evidence.
     *
     * @throws IllegalArgumentException "field: reason" when it was not sent to the current user, or evidence lacks
     */
    @Transactional
    public void confirm(long candidateId, Confidence confidence, String evidence) {
        CandidateView candidate = existing(candidateId);
        save("CONFIRM", candidate, FieldReview.of(candidate).confirm(me(), confidence, evidence));
    }

    /** The person a candidate was sent to rejects it, saying why; refuses as {@link #confirm} does. */
    @Transactional
    public void reject(long candidateId, String reason) {
        CandidateView candidate = existing(candidateId);
        save("REJECT", candidate, FieldReview.of(candidate).reject(me(), reason));
    }

    /**
     * Adds a confirmed candidate to the registry as an identified cluster at its centroid, its source naming the
     * data set and run and its description the field evidence and confidence, and records the link.
     *
     * @return the new registry cluster's id
     * @throws IllegalArgumentException "field: reason" when the candidate is not confirmed, already promoted, its
     *     state is unknown, or the registry refuses the values
     * @throws AccessDeniedException when the user may not add clusters in its state
     */
    @Transactional
    public long promote(long candidateId, Promotion promotion) {
        CandidateView candidate = existing(candidateId);
        FieldReview review = FieldReview.of(candidate);
        review.checkPromotable();
        int stateCode = candidate
                .stateCode()
                .orElseThrow(() -> new IllegalArgumentException("state: the candidate's state is not known"));
        RunView run = tables.run(candidate.runId()).orElseThrow();
        String source = "Cluster mapping run " + run.id() + " of data set " + run.fileName() + " (group "
                + candidate.groupCode() + ", cluster " + candidate.clusterNumber() + ")";
        String evidence = "Field validation by " + candidate.reviewer().orElse("-") + ", confidence "
                + candidate.confidence().map(Enum::name).orElse("-") + ": "
                + candidate.note().orElse("");
        long clusterId = registry.editing.create(new ClusterChanges(
                promotion.name(),
                promotion.product(),
                Optional.of(candidate.groupCode()),
                List.of(),
                promotion.typologyCode(),
                stateCode,
                candidate.districtName(),
                Optional.empty(),
                candidate.latitude(),
                candidate.longitude(),
                "IDENTIFIED",
                new ClusterChanges.Position(Optional.empty(), Optional.empty()),
                new ClusterChanges.Position(Optional.empty(), Optional.empty()),
                new ClusterChanges.Descriptors(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                Set.of(),
                Optional.of(evidence),
                Optional.of(source)));
        save("PROMOTE", candidate, review.promoted(clusterId));
        return clusterId;
    }

    private void save(String action, CandidateView before, FieldReview after) {
        if (!tables.saveReview(before, after)) {
            throw new IllegalStateException("review: someone else changed this candidate meanwhile; reload it");
        }
        audit.record(
                action,
                "mapping-candidate",
                Long.toString(before.id()),
                Optional.of(before),
                tables.candidate(before.id()));
    }

    private CandidateView existing(long candidateId) {
        return tables.candidate(candidateId)
                .orElseThrow(() -> new NoSuchElementException("no candidate " + candidateId));
    }

    private String me() {
        return currentUser.username().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }

    private void requireMapper() {
        if (!mayMap()) {
            throw new AccessDeniedException("Only administrators, the ministry and state cells may map clusters.");
        }
    }
}
