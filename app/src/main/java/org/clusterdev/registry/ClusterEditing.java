package org.clusterdev.registry;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.geography.District;
import org.clusterdev.geography.Geography;
import org.clusterdev.identity.AuditRecord;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.registry.editing.ClusterRows;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes clusters for the people allowed to: national roles anywhere, a state cell in its
 * state, an implementing agency, resource organisation or CDA in the clusters it is assigned to. Every
 * change is audited with the values before and after, and guarded by the version the editor saw.
 */
@Service
public class ClusterEditing {

    static final List<Role> CREATORS =
            List.of(Role.ADMINISTRATOR, Role.MINISTRY, Role.SCHEME_ADMINISTRATOR, Role.STATE_CELL);
    static final List<Role> EDITORS = List.of(
            Role.ADMINISTRATOR,
            Role.MINISTRY,
            Role.SCHEME_ADMINISTRATOR,
            Role.STATE_CELL,
            Role.IMPLEMENTING_AGENCY,
            Role.RESOURCE_ORGANISATION,
            Role.CDA);

    private final ClusterRows rows;
    private final Geography geography;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    ClusterEditing(ClusterRows rows, Geography geography, CurrentUser currentUser, AuditTrail audit) {
        this.rows = rows;
        this.geography = geography;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The cluster as an edit form starts from. */
    public Optional<ClusterDraft> draft(long id) {
        return rows.draft(id);
    }

    /** Whether the current user may edit this cluster. */
    public boolean mayEdit(ClusterDraft draft) {
        return currentUser.holds(EDITORS, draft.values().stateCode(), Optional.of(draft.id()));
    }

    /** Whether the current user may add clusters in this state. */
    public boolean mayCreate(int stateCode) {
        return currentUser.holds(CREATORS, stateCode, Optional.empty());
    }

    /**
     * Adds a cluster.
     *
     * @throws IllegalArgumentException "field: reason" for an unknown state, district or typology, or a
     *     name already used in the state
     * @throws AccessDeniedException when the user may not add clusters in that state
     */
    @Transactional
    public long create(ClusterChanges changes) {
        if (!mayCreate(changes.stateCode())) {
            throw new AccessDeniedException("You may not add clusters in this state.");
        }
        long id = rows.insert(
                changes, resolveDistrict(changes), currentUser.username().orElse("system"));
        audit.record("CREATE", "cluster", Long.toString(id), Optional.empty(), rows.draft(id));
        return id;
    }

    /**
     * Changes a cluster, provided nobody changed it since the editor read {@code expectedVersion}.
     *
     * @throws IllegalStateException when someone else saved a change first; nothing is stored
     * @throws NoSuchElementException when there is no such cluster
     * @throws AccessDeniedException when the user may not edit this cluster, or move it to that state
     */
    @Transactional
    public void update(long id, int expectedVersion, ClusterChanges changes) {
        ClusterDraft before = rows.draft(id).orElseThrow(() -> new NoSuchElementException("no cluster " + id));
        if (!mayEdit(before) || !currentUser.holds(EDITORS, changes.stateCode(), Optional.of(id))) {
            throw new AccessDeniedException("You may not edit this cluster.");
        }
        if (before.version() != expectedVersion
                || !rows.update(
                        id,
                        expectedVersion,
                        changes,
                        resolveDistrict(changes),
                        currentUser.username().orElse("system"))) {
            throw new IllegalStateException(
                    "version: someone else changed this cluster since you opened it; reload to see their change");
        }
        audit.record("UPDATE", "cluster", Long.toString(id), Optional.of(before), rows.draft(id));
    }

    /**
     * Records or replaces a year's figures.
     *
     * @throws AccessDeniedException when the user may not edit this cluster
     */
    @Transactional
    public void recordFigures(long id, FiguresOfYear figures) {
        ClusterDraft cluster = rows.draft(id).orElseThrow(() -> new NoSuchElementException("no cluster " + id));
        if (!mayEdit(cluster)) {
            throw new AccessDeniedException("You may not edit this cluster.");
        }
        Optional<FiguresOfYear> before = rows.figures(id, figures.year());
        rows.saveFigures(id, figures);
        rows.touch(id, currentUser.username().orElse("system"));
        audit.record("FIGURES", "cluster", Long.toString(id), before, Optional.of(figures));
    }

    /** Every change of the cluster, newest first. */
    public List<AuditRecord> history(long id) {
        return audit.history("cluster", Long.toString(id));
    }

    private Optional<District> resolveDistrict(ClusterChanges changes) {
        geography
                .state(changes.stateCode())
                .orElseThrow(() ->
                        new IllegalArgumentException("state: no state or UT has LGD code " + changes.stateCode()));
        if (!rows.typologyExists(changes.typologyCode())) {
            throw new IllegalArgumentException("typology: '" + changes.typologyCode() + "' is not a typology");
        }
        return changes.districtName()
                .map(name -> geography
                        .district(changes.stateCode(), name)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "district: '" + name + "' is not a district of this state")));
    }
}
