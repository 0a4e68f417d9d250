package org.clusterdev.selection;

import java.util.List;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.identity.internal.AccountAdministration;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;

/** People and clusters the selection tests act with. */
final class SelectionFixtures {

    static final String CHAIR = "selection.chair";
    static final String MINISTRY_ASSESSOR = "selection.ministry";
    static final String RO_ASSESSOR = "selection.ro";
    static final String ODISHA_CELL = "selection.odisha";
    static final String FIELD_CDA = "selection.cda";

    private SelectionFixtures() {}

    static void people(AccountAdministration accounts) {
        person(accounts, CHAIR, new RoleGrant(Role.SCHEME_ADMINISTRATOR, Scope.nation()));
        person(accounts, MINISTRY_ASSESSOR, new RoleGrant(Role.MINISTRY, Scope.nation()));
        person(accounts, RO_ASSESSOR, new RoleGrant(Role.RESOURCE_ORGANISATION, Scope.nation()));
        person(accounts, ODISHA_CELL, new RoleGrant(Role.STATE_CELL, Scope.state(21)));
        person(accounts, FIELD_CDA, new RoleGrant(Role.CDA, Scope.nation()));
    }

    static long clusterNamed(ClusterRegistry registry, String name) {
        return registry.search(ClusterSearch.everything().withText(name), 0, 1)
                .get(0)
                .id();
    }

    private static void person(AccountAdministration accounts, String username, RoleGrant grant) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.create(username, username, "a long enough passphrase", List.of(grant));
        }
    }
}
