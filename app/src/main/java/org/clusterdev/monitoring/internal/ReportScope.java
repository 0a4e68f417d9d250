package org.clusterdev.monitoring.internal;

import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.Scope;
import org.clusterdev.monitoring.Approval;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a report (DOMAIN.md §5): CDAs and implementing agencies enter values for their clusters,
 * the agency approves first, then the state cell of the cluster's state, then the scheme (scheme administrator or
 * ministry); a state cell, the scheme or the ministry may unlock. Administrators may do everything. An agency's
 * scope is either its clusters or the agency itself, matched against the intervention's agency.
 */
@Component
public class ReportScope {

    static final List<Role> ENTER = List.of(Role.ADMINISTRATOR, Role.CDA, Role.IMPLEMENTING_AGENCY);
    static final List<Role> AGENCY = List.of(Role.ADMINISTRATOR, Role.IMPLEMENTING_AGENCY);
    static final List<Role> STATE = List.of(Role.ADMINISTRATOR, Role.STATE_CELL);
    static final List<Role> SCHEME = List.of(Role.ADMINISTRATOR, Role.SCHEME_ADMINISTRATOR, Role.MINISTRY);
    static final List<Role> UNLOCK =
            List.of(Role.ADMINISTRATOR, Role.STATE_CELL, Role.SCHEME_ADMINISTRATOR, Role.MINISTRY);

    private final CurrentUser currentUser;

    ReportScope(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The intervention facts the checks need. */
    public record Target(int stateCode, long clusterId, Optional<Long> agencyId) {}

    /** Whether the current user may enter values for this intervention. */
    public boolean mayEnter(Target target) {
        return holds(ENTER, target);
    }

    /** Whether the current user may give the approval {@code level}. */
    public boolean mayApprove(Approval level, Target target) {
        return switch (level) {
            case ENTERED -> false;
            case AGENCY_APPROVED -> holds(AGENCY, target);
            case STATE_APPROVED -> holds(STATE, target);
            case SCHEME_APPROVED -> holds(SCHEME, target);
        };
    }

    /** Whether the current user may unlock an approved report. */
    public boolean mayUnlock(Target target) {
        return holds(UNLOCK, target);
    }

    /** The current user's name, "system" outside a request. */
    public String actor() {
        return currentUser.username().orElse("system");
    }

    private boolean holds(List<Role> roles, Target target) {
        if (currentUser.holds(roles, target.stateCode(), Optional.of(target.clusterId()))) {
            return true;
        }
        return target.agencyId().isPresent()
                && currentUser.grants().stream()
                        .anyMatch(grant -> roles.contains(grant.role())
                                && grant.scope().type() == Scope.ScopeType.AGENCY
                                && grant.scope()
                                        .reference()
                                        .equals(Long.toString(target.agencyId().get())));
    }
}
