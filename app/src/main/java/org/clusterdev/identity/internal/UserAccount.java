package org.clusterdev.identity.internal;

import java.time.Instant;
import java.util.List;
import org.clusterdev.identity.RoleGrant;

/** A stored user account as read from the database (without its password hash). */
record UserAccount(
        long id,
        String username,
        String displayName,
        boolean enabled,
        boolean demo,
        Instant createdAt,
        List<RoleGrant> grants) {}
