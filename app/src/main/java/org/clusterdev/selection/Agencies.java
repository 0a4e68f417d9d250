package org.clusterdev.selection;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.clusterdev.selection.internal.AgencyRows;
import org.clusterdev.selection.internal.AgencyRows.AgencyRow;
import org.clusterdev.selection.internal.AgencyRows.EngagementRow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implementing agencies and resource organisations, their engagements in clusters and the cluster-years of
 * experience those add up to. National roles register agencies anywhere, a state cell in its state; engagements
 * are recorded by those roles for a cluster in their scope. Every change is audited.
 */
@Service
public class Agencies {

    static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    static final List<Role> REGISTRARS =
            List.of(Role.ADMINISTRATOR, Role.MINISTRY, Role.SCHEME_ADMINISTRATOR, Role.STATE_CELL);

    private final AgencyRows rows;
    private final ClusterRegistry registry;
    private final Geography geography;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    Agencies(
            AgencyRows rows, ClusterRegistry registry, Geography geography, CurrentUser currentUser, AuditTrail audit) {
        this.rows = rows;
        this.registry = registry;
        this.geography = geography;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Every agency by name, each with its cluster-years as of today; contacts only for those who manage it. */
    public List<Agency> all() {
        Map<Long, List<EngagementRow>> engagements =
                rows.allEngagements().stream().collect(Collectors.groupingBy(EngagementRow::agencyId));
        return rows.all().stream()
                .map(row -> view(row, engagements.getOrDefault(row.id(), List.of())))
                .map(this::forReader)
                .toList();
    }

    /** The agency with this id; contacts only for those who manage it. */
    public Optional<Agency> find(long id) {
        return rows.find(id).map(row -> view(row, rows.engagements(id))).map(this::forReader);
    }

    private Agency forReader(Agency agency) {
        return mayRegister(agency.stateCode()) ? agency : agency.withoutContacts();
    }

    /** The agency's engagements, newest first, with the registry's cluster names. */
    public List<Engagement> engagements(long agencyId) {
        return rows.engagements(agencyId).stream()
                .map(row -> new Engagement(
                        row.id(),
                        row.agencyId(),
                        row.clusterId(),
                        registry.summary(row.clusterId())
                                .map(ClusterSummary::name)
                                .orElse("#" + row.clusterId()),
                        row.interventionId(),
                        row.startedOn(),
                        row.endedOn(),
                        row.note()))
                .toList();
    }

    /** Whether the current user may register agencies in this state. */
    public boolean mayRegister(int stateCode) {
        return currentUser.holds(REGISTRARS, stateCode, Optional.empty());
    }

    /**
     * Registers an agency.
     *
     * @throws IllegalArgumentException "field: reason" for an unknown state or a name already registered
     * @throws AccessDeniedException when the user may not register agencies in that state
     */
    @Transactional
    public long register(AgencyDraft draft) {
        checkState(draft.stateCode());
        if (!mayRegister(draft.stateCode())) {
            throw new AccessDeniedException("You may not register agencies in this state.");
        }
        long id = rows.insert(draft);
        audit.record("CREATE", "agency", Long.toString(id), Optional.empty(), rows.find(id));
        return id;
    }

    /**
     * Changes an agency, provided nobody changed it since the editor read {@code expectedVersion}.
     *
     * @throws IllegalStateException "version: ..." when someone else saved a change first; nothing is stored
     * @throws AccessDeniedException when the user may not change agencies of its state or of the new state
     */
    @Transactional
    public void update(long id, int expectedVersion, AgencyDraft draft) {
        AgencyRow before = rows.find(id).orElseThrow(() -> new NoSuchElementException("id: no agency " + id));
        checkState(draft.stateCode());
        if (!mayRegister(before.stateCode()) || !mayRegister(draft.stateCode())) {
            throw new AccessDeniedException("You may not change this agency.");
        }
        if (!rows.update(id, expectedVersion, draft)) {
            throw new IllegalStateException(
                    "version: someone else changed this agency since you opened it; reload to see their change");
        }
        audit.record("UPDATE", "agency", Long.toString(id), Optional.of(before), rows.find(id));
    }

    /**
     * Records that the agency works in (or, for a resource organisation, guides an implementing agency in) a
     * cluster.
     *
     * @throws IllegalArgumentException "clusterId: ..." for a cluster the registry does not hold
     * @throws AccessDeniedException when the cluster's state is outside the user's scope
     */
    @Transactional
    public long engage(long agencyId, EngagementDraft draft) {
        rows.find(agencyId).orElseThrow(() -> new NoSuchElementException("id: no agency " + agencyId));
        ClusterSummary cluster = registry.summary(draft.clusterId())
                .orElseThrow(
                        () -> new IllegalArgumentException("clusterId: no cluster has the id " + draft.clusterId()));
        if (!currentUser.holds(REGISTRARS, cluster.stateCode(), Optional.of(cluster.id()))) {
            throw new AccessDeniedException("You may not record engagements in this cluster.");
        }
        long id = rows.insertEngagement(agencyId, cluster.stateCode(), draft);
        audit.record("ENGAGE", "agency", Long.toString(agencyId), Optional.empty(), rows.engagement(id));
        return id;
    }

    /**
     * Ends an engagement that goes on.
     *
     * @throws IllegalArgumentException "endedOn: ..." for a date before its start
     * @throws IllegalStateException when it has ended already
     */
    @Transactional
    public void endEngagement(long engagementId, LocalDate endedOn) {
        EngagementRow before = rows.engagement(engagementId)
                .orElseThrow(() -> new NoSuchElementException("id: no engagement " + engagementId));
        if (!currentUser.holds(REGISTRARS, before.stateCode(), Optional.of(before.clusterId()))) {
            throw new AccessDeniedException("You may not end engagements in this cluster.");
        }
        if (before.endedOn() != null) {
            throw new IllegalStateException("endedOn: this engagement ended on " + before.endedOn());
        }
        if (endedOn == null || endedOn.isBefore(before.startedOn())) {
            throw new IllegalArgumentException("endedOn: an engagement cannot end before it starts");
        }
        rows.end(engagementId, endedOn);
        audit.record(
                "END_ENGAGEMENT",
                "agency",
                Long.toString(before.agencyId()),
                Optional.of(before),
                rows.engagement(engagementId));
    }

    /** Every change of the agency and its engagements, newest first. */
    public List<AuditRecord> history(long agencyId) {
        return audit.history("agency", Long.toString(agencyId));
    }

    private Agency view(AgencyRow row, List<EngagementRow> engagements) {
        LocalDate today = LocalDate.now(INDIA);
        double years =
                ClusterYears.of(engagements.stream().map(EngagementRow::period).toList(), today);
        int active = (int) engagements.stream()
                .filter(e -> !e.startedOn().isAfter(today))
                .filter(e -> e.endedOn() == null || e.endedOn().isAfter(today))
                .count();
        return new Agency(
                row.id(),
                row.name(),
                row.kind(),
                row.stateCode(),
                row.contactPerson(),
                row.contactEmail(),
                row.contactPhone(),
                row.trainedPersons(),
                years,
                active,
                row.version());
    }

    private void checkState(int stateCode) {
        geography
                .state(stateCode)
                .orElseThrow(() -> new IllegalArgumentException("stateCode: no state or UT has LGD code " + stateCode));
    }
}
