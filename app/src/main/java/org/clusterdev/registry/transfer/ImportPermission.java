package org.clusterdev.registry.transfer;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope.ScopeType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which rows a user may import: administrators and the ministry any row, a state cell only the rows of
 * the states its grants name. Checked for every row, so one row of another state refuses the whole file.
 *
 * @param everywhere whether rows of every state are allowed
 * @param stateCodes the LGD codes of the states allowed when not everywhere
 */
public record ImportPermission(boolean everywhere, Set<Integer> stateCodes) {

    public ImportPermission {
        stateCodes = Set.copyOf(stateCodes);
    }

    public static ImportPermission nationwide() {
        return new ImportPermission(true, Set.of());
    }

    /**
     * What a signed-in user may import.
     *
     * @return empty when nobody is signed in or the user is neither administrator, ministry nor state cell
     */
    public static Optional<ImportPermission> of(Authentication user, CurrentUser current) {
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Set<String> roles = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (roles.contains(Role.ADMINISTRATOR.authority()) || roles.contains(Role.MINISTRY.authority())) {
            return Optional.of(nationwide());
        }
        if (!roles.contains(Role.STATE_CELL.authority())) {
            return Optional.empty();
        }
        Set<RoleGrant> cells = current.grants().stream()
                .filter(grant -> grant.role() == Role.STATE_CELL)
                .collect(Collectors.toSet());
        if (cells.stream().anyMatch(grant -> grant.scope().type() == ScopeType.NATION)) {
            return Optional.of(nationwide());
        }
        return Optional.of(new ImportPermission(
                false,
                cells.stream()
                        .filter(grant -> grant.scope().type() == ScopeType.STATE)
                        .map(grant -> Integer.valueOf(grant.scope().reference()))
                        .collect(Collectors.toSet())));
    }

    public boolean allows(int stateCode) {
        return everywhere || stateCodes.contains(stateCode);
    }
}
