package org.clusterdev.selection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterdev.geography.Geography;
import org.clusterdev.identity.AuditRecord;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.clusterdev.selection.internal.CdaRows;
import org.clusterdev.selection.internal.CdaRows.AssignmentRow;
import org.clusterdev.selection.internal.CdaRows.CdaRow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cluster Development Agents: their records, assignments to clusters (dedicated, stationed, networking or
 * technical, teams for large clusters), training with field work, and tenure, with a warning when a CDA leaves a
 * cluster before three years (seed 004 §3.7). National roles and the state cell manage CDAs of their scope, an
 * implementing agency assigns CDAs to its clusters, a resource organisation records their training.
 */
@Service
public class Cdas {

    static final List<Role> MANAGERS = List.of(
            Role.ADMINISTRATOR, Role.MINISTRY, Role.SCHEME_ADMINISTRATOR, Role.STATE_CELL, Role.IMPLEMENTING_AGENCY);
    static final List<Role> TRAINERS = List.of(
            Role.ADMINISTRATOR,
            Role.MINISTRY,
            Role.SCHEME_ADMINISTRATOR,
            Role.STATE_CELL,
            Role.IMPLEMENTING_AGENCY,
            Role.RESOURCE_ORGANISATION);

    private final CdaRows rows;
    private final ClusterRegistry registry;
    private final Geography geography;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    Cdas(CdaRows rows, ClusterRegistry registry, Geography geography, CurrentUser currentUser, AuditTrail audit) {
        this.rows = rows;
        this.registry = registry;
        this.geography = geography;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Every CDA by name; personal contacts only for those who manage CDAs of its state. */
    public List<Cda> all() {
        Map<Long, List<AssignmentRow>> assignments =
                rows.assignments().stream().collect(Collectors.groupingBy(AssignmentRow::cdaId));
        return rows.all().stream()
                .map(row -> view(row, assignments.getOrDefault(row.id(), List.of())))
                .map(this::forReader)
                .toList();
    }

    /** The CDA with this id; personal contacts only for those who manage CDAs of its state. */
    public Optional<Cda> find(long id) {
        return rows.find(id).map(row -> view(row, rows.assignmentsOf(id))).map(this::forReader);
    }

    private Cda forReader(Cda cda) {
        return mayRegister(cda.stateCode()) ? cda : cda.withoutContacts();
    }

    /** The CDA's assignments, newest first, each with its tenure. */
    public List<Assignment> assignments(long cdaId) {
        return rows.assignmentsOf(cdaId).stream().map(this::assignment).toList();
    }

    /** The CDAs working in a cluster today: one, or a team for a large cluster. */
    public List<Assignment> team(long clusterId) {
        return rows.openInCluster(clusterId).stream().map(this::assignment).toList();
    }

    /** The CDA's training, newest first. */
    public List<Training> trainings(long cdaId) {
        return rows.trainings(cdaId);
    }

    /** Whether the current user may register CDAs in this state. */
    public boolean mayRegister(int stateCode) {
        return currentUser.holds(MANAGERS, stateCode, Optional.empty());
    }

    /**
     * Registers a CDA.
     *
     * @throws IllegalArgumentException "stateCode: ..." for an unknown state
     * @throws AccessDeniedException when the user may not manage CDAs in that state
     */
    @Transactional
    public long register(CdaDraft draft) {
        geography
                .state(draft.stateCode())
                .orElseThrow(() ->
                        new IllegalArgumentException("stateCode: no state or UT has LGD code " + draft.stateCode()));
        if (!mayRegister(draft.stateCode())) {
            throw new AccessDeniedException("You may not register CDAs in this state.");
        }
        long id = rows.insert(draft);
        audit.record("CREATE", "cda", Long.toString(id), Optional.empty(), rows.find(id));
        return id;
    }

    /**
     * Assigns the CDA to a cluster; other CDAs already there make a team with it.
     *
     * @throws IllegalArgumentException "clusterId: ..." for an unknown cluster or one the CDA is assigned to
     * @throws AccessDeniedException when the cluster is outside the user's scope
     */
    @Transactional
    public long assign(long cdaId, AssignmentDraft draft) {
        rows.find(cdaId).orElseThrow(() -> new NoSuchElementException("id: no CDA " + cdaId));
        ClusterSummary cluster = registry.summary(draft.clusterId())
                .orElseThrow(
                        () -> new IllegalArgumentException("clusterId: no cluster has the id " + draft.clusterId()));
        if (!currentUser.holds(MANAGERS, cluster.stateCode(), Optional.of(cluster.id()))) {
            throw new AccessDeniedException("You may not assign CDAs in this cluster.");
        }
        if (rows.assignedOpen(cdaId, cluster.id())) {
            throw new IllegalArgumentException("clusterId: the CDA already works in " + cluster.name());
        }
        long id = rows.insertAssignment(cdaId, cluster.stateCode(), draft);
        audit.record("ASSIGN", "cda", Long.toString(cdaId), Optional.empty(), rows.assignment(id));
        return id;
    }

    /**
     * Ends an assignment, and says whether the CDA leaves before the three years seed 004 §3.7 asks for.
     *
     * @return the ended assignment; {@link Assignment#leftEarly()} carries the warning
     * @throws IllegalArgumentException "endedOn: ..." or "endReason: ..." for a missing or impossible value
     * @throws IllegalStateException when the assignment has ended already
     */
    @Transactional
    public Assignment endAssignment(long assignmentId, LocalDate endedOn, String endReason) {
        AssignmentRow before = rows.assignment(assignmentId)
                .orElseThrow(() -> new NoSuchElementException("id: no assignment " + assignmentId));
        if (!currentUser.holds(MANAGERS, before.stateCode(), Optional.of(before.clusterId()))) {
            throw new AccessDeniedException("You may not end assignments in this cluster.");
        }
        if (before.endedOn() != null) {
            throw new IllegalStateException("endedOn: this assignment ended on " + before.endedOn());
        }
        if (endedOn == null) {
            throw new IllegalArgumentException("endedOn: is required");
        }
        new Tenure(before.startedOn(), Optional.of(endedOn));
        String reason = Texts.required("endReason", endReason, 1000);
        rows.end(assignmentId, endedOn, reason);
        AssignmentRow after = rows.assignment(assignmentId).orElseThrow();
        audit.record("END_ASSIGNMENT", "cda", Long.toString(before.cdaId()), Optional.of(before), Optional.of(after));
        return assignment(after);
    }

    /**
     * Records a course the CDA took.
     *
     * @throws IllegalArgumentException "fieldClusterId: ..." for an unknown cluster
     * @throws AccessDeniedException when the CDA's state is outside the user's scope
     */
    @Transactional
    public long train(long cdaId, TrainingDraft draft) {
        CdaRow cda = rows.find(cdaId).orElseThrow(() -> new NoSuchElementException("id: no CDA " + cdaId));
        if (!currentUser.holds(TRAINERS, cda.stateCode(), Optional.empty())) {
            throw new AccessDeniedException("You may not record training of this CDA.");
        }
        draft.fieldClusterId()
                .ifPresent(clusterId -> registry.summary(clusterId)
                        .orElseThrow(() ->
                                new IllegalArgumentException("fieldClusterId: no cluster has the id " + clusterId)));
        long id = rows.insertTraining(cdaId, draft);
        audit.record("TRAIN", "cda", Long.toString(cdaId), Optional.empty(), Optional.of(draft));
        return id;
    }

    /** Every change of the CDA, its assignments and training, newest first. */
    public List<AuditRecord> history(long cdaId) {
        return audit.history("cda", Long.toString(cdaId));
    }

    private Cda view(CdaRow row, List<AssignmentRow> assignments) {
        LocalDate today = LocalDate.now(Agencies.INDIA);
        int current = (int) assignments.stream()
                .filter(a -> a.endedOn() == null && !a.startedOn().isAfter(today))
                .count();
        int early =
                (int) assignments.stream().filter(a -> tenure(a).leftEarly()).count();
        return new Cda(
                row.id(),
                row.name(),
                row.stateCode(),
                row.speciality(),
                row.employer(),
                row.contactEmail(),
                row.contactPhone(),
                current,
                rows.trainingCount(row.id()),
                early,
                row.version());
    }

    private Assignment assignment(AssignmentRow row) {
        Tenure tenure = tenure(row);
        return new Assignment(
                row.id(),
                row.cdaId(),
                row.cdaName(),
                row.speciality(),
                row.clusterId(),
                registry.summary(row.clusterId()).map(ClusterSummary::name).orElse("#" + row.clusterId()),
                row.dedicated(),
                row.stationed(),
                row.teamRole(),
                row.startedOn(),
                row.endedOn(),
                row.endReason(),
                tenure.years(LocalDate.now(Agencies.INDIA)),
                tenure.leftEarly());
    }

    private static Tenure tenure(AssignmentRow row) {
        return new Tenure(row.startedOn(), Optional.ofNullable(row.endedOn()));
    }
}
