package org.clusterdev.knowledge;

import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;

/**
 * Who is reading, as the visibility of restricted records needs it: a restricted record is read by
 * administrators, by its uploader and by holders of one of its roles (in any scope).
 *
 * @param username empty for an anonymous visitor
 * @param roles the roles held, by name
 */
public record Reader(Optional<String> username, List<String> roles) {

    public Reader {
        roles = List.copyOf(roles);
    }

    /** The current user as a reader. */
    static Reader current(CurrentUser currentUser) {
        return new Reader(
                currentUser.username(),
                currentUser.grants().stream()
                        .map(RoleGrant::role)
                        .map(Role::name)
                        .distinct()
                        .toList());
    }

    /** Whether this reader is an administrator, who reads everything. */
    public boolean administrator() {
        return roles.contains(Role.ADMINISTRATOR.name());
    }

    /** Whether the reader holds one of these roles in some scope. */
    boolean holdsAny(List<Role> wanted) {
        return wanted.stream().map(Role::name).anyMatch(roles::contains);
    }
}
