/**
 * Who may do what: user accounts, roles scoped to the nation, a state, an agency or a cluster, API tokens
 * for programs, the one-time administrator setup, and the audit trail of every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.clusterdev.identity;
