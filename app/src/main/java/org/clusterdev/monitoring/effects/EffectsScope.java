package org.clusterdev.monitoring.effects;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may record the effects of a cluster's development: those who do its field work and oversee it (the CDA and
 * the implementing agency of the cluster, the state cell of its state) and administrators.
 */
@Component
public class EffectsScope {

    static final List<Role> EDITORS = List.of(Role.ADMINISTRATOR, Role.STATE_CELL, Role.IMPLEMENTING_AGENCY, Role.CDA);

    private final CurrentUser currentUser;
    private final ClusterRegistry registry;

    EffectsScope(CurrentUser currentUser, ClusterRegistry registry) {
        this.currentUser = currentUser;
        this.registry = registry;
    }

    /** Whether the current user may record effects for the cluster; false for a cluster that does not exist. */
    public boolean mayEdit(long clusterId) {
        return registry.summary(clusterId)
                .map(cluster -> currentUser.holds(EDITORS, cluster.stateCode(), Optional.of(clusterId)))
                .orElse(false);
    }

    /**
     * The cluster, when the current user may record effects for it.
     *
     * @throws NoSuchElementException "clusterId: ..." when no cluster has this id
     * @throws AccessDeniedException when the user may not
     */
    public ClusterSummary requireEditor(long clusterId) {
        ClusterSummary cluster = registry.summary(clusterId)
                .orElseThrow(() -> new NoSuchElementException("clusterId: no cluster has the id " + clusterId));
        if (!currentUser.holds(EDITORS, cluster.stateCode(), Optional.of(clusterId))) {
            throw new AccessDeniedException("You may not record the effects of development in this cluster.");
        }
        return cluster;
    }

    /** The current user's name, "system" outside a request. */
    public String actor() {
        return currentUser.username().orElse("system");
    }
}
