package org.clusterdev.programme.funding;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.programme.Intervention;
import org.clusterdev.programme.InterventionRef;
import org.clusterdev.programme.Interventions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the plans, money and credit of an intervention, decided on the intervention's cluster and
 * state (DOMAIN.md §5): national roles everywhere, a state cell in its state, the implementing agency, resource
 * organisation and CDA in the clusters they are assigned to. Approving a plan and sanctioning or releasing money
 * are for the scheme's side (administrator, ministry, scheme administrator, state cell).
 */
@Component
public class InterventionAccess {

    /** May read plans and the ledger. */
    public static final List<Role> READERS = List.of(
            Role.ADMINISTRATOR,
            Role.MINISTRY,
            Role.SCHEME_ADMINISTRATOR,
            Role.STATE_CELL,
            Role.IMPLEMENTING_AGENCY,
            Role.RESOURCE_ORGANISATION,
            Role.CDA);

    /** May draft plans, and record expenditure, certificates, contributions and credit plans. */
    public static final List<Role> PLANNERS = READERS;

    /** May approve plans and record commitments, sanctions and releases. */
    public static final List<Role> DECIDERS =
            List.of(Role.ADMINISTRATOR, Role.MINISTRY, Role.SCHEME_ADMINISTRATOR, Role.STATE_CELL);

    private final Interventions interventions;
    private final CurrentUser currentUser;

    InterventionAccess(Interventions interventions, CurrentUser currentUser) {
        this.interventions = interventions;
        this.currentUser = currentUser;
    }

    /** The intervention, when it exists. */
    public Optional<InterventionRef> find(long id) {
        return interventions.find(id);
    }

    /** Whether the current user holds one of the roles for this intervention's cluster. */
    public boolean holds(List<Role> roles, InterventionRef intervention) {
        return currentUser.holds(roles, intervention.stateCode(), Optional.of(intervention.clusterId()));
    }

    /**
     * The intervention, provided the current user holds one of the roles for it.
     *
     * @throws NoSuchElementException when there is no such intervention
     * @throws AccessDeniedException when the user holds none of the roles for it
     */
    public InterventionRef require(long id, List<Role> roles) {
        InterventionRef intervention =
                find(id).orElseThrow(() -> new NoSuchElementException("id: no intervention has the id " + id));
        if (!holds(roles, intervention)) {
            throw new AccessDeniedException("You may not do this for intervention " + id + ".");
        }
        return intervention;
    }

    /** Who is acting, for the records; "system" outside a request. */
    public String actor() {
        return currentUser.username().orElse("system");
    }

    /** Whether the current user holds one of the roles for the whole nation (a state scope is not enough). */
    public boolean holdsNationally(List<Role> roles) {
        // no state has LGD code -1 and no cluster is named, so only a national scope matches
        return currentUser.holds(roles, -1, Optional.empty());
    }

    /** The intervention's title, for page headings. */
    public String title(long id) {
        return interventions.details(id).map(Intervention::title).orElse("");
    }
}
