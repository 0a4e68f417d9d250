package org.clusterdev.identity;

import java.util.Objects;

/** A role a user holds within a scope, e.g. STATE_CELL for state 21 (Odisha). */
public record RoleGrant(Role role, Scope scope) implements java.io.Serializable {

    public RoleGrant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
    }
}
