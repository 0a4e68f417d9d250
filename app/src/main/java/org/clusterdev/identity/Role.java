package org.clusterdev.identity;

/** The kinds of users a cluster development programme has (DOMAIN.md §5). */
public enum Role {
    /** Runs the system: users, reference data, audit trail. */
    ADMINISTRATOR,
    /** National ministry or policy cell: all schemes, national mapping, policy-level M&E. */
    MINISTRY,
    /** Scheme administrator or nodal agency: rules, calls, selection, approvals, releases. */
    SCHEME_ADMINISTRATOR,
    /** State cluster cell: the clusters of one state. */
    STATE_CELL,
    /** Implementing agency: its clusters, CDAs, budgets and reports. */
    IMPLEMENTING_AGENCY,
    /** Resource organisation: guidance, validation, CDA training. */
    RESOURCE_ORGANISATION,
    /** Cluster Development Agent or Executive: field work in one or a few clusters. */
    CDA,
    /** Cluster stakeholder: firm, association or BDS provider keeping its own profile. */
    STAKEHOLDER;

    /** The Spring Security authority name, e.g. {@code ROLE_STATE_CELL}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
