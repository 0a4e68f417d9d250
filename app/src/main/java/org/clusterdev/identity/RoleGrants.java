package org.clusterdev.identity;

import java.util.List;
import org.clusterdev.identity.Scope.ScopeType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the role grants of a user account, for modules that limit what a user may do to the scopes of the
 * user's roles (a state cell imports only the clusters of its own state). The roles themselves are the
 * authorities {@code ROLE_<ROLE>} of the signed-in user; this adds where each role applies.
 */
@Service
public class RoleGrants {

    private final JdbcClient jdbc;

    RoleGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The grants of the account with this user name, compared ignoring case.
     *
     * @return its grants, by role and scope; empty when there is no such account or it holds no role
     */
    public List<RoleGrant> of(String username) {
        return jdbc.sql("""
                        select g.role, g.scope_type, g.scope_ref
                        from identity.role_grant g join identity.user_account u on u.id = g.user_id
                        where lower(u.username) = lower(?)
                        order by g.role, g.scope_type, g.scope_ref""")
                .param(username == null ? "" : username)
                .query((row, number) -> new RoleGrant(
                        Role.valueOf(row.getString("role")),
                        new Scope(ScopeType.valueOf(row.getString("scope_type")), row.getString("scope_ref"))))
                .list();
    }
}
