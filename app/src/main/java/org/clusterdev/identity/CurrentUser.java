package org.clusterdev.identity;

import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.internal.AccountAdministration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Who is acting in the current request or job, and with which scoped roles. */
@Service
public class CurrentUser {

    private final AccountAdministration accounts;

    CurrentUser(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    /** The signed-in username, or empty for an anonymous visitor. */
    public Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    /** The roles the current user holds, each with its scope; empty for an anonymous visitor. */
    public List<RoleGrant> grants() {
        return username()
                .flatMap(accounts::findByUsername)
                .map(AccountAdministration.AccountView::grants)
                .orElse(List.of());
    }

    /**
     * Whether the current user holds one of the roles for the whole nation, for this state, or for this
     * cluster.
     *
     * @param stateCode the LGD code of the state the record belongs to
     * @param clusterId the cluster the record belongs to, if any
     */
    public boolean holds(List<Role> roles, int stateCode, Optional<Long> clusterId) {
        return grants().stream()
                .filter(grant -> roles.contains(grant.role()))
                .map(RoleGrant::scope)
                .anyMatch(scope -> switch (scope.type()) {
                    case NATION -> true;
                    case STATE -> scope.reference().equals(Integer.toString(stateCode));
                    case CLUSTER ->
                        clusterId
                                .map(id -> scope.reference().equals(Long.toString(id)))
                                .orElse(false);
                    case AGENCY -> false;
                });
    }
}
