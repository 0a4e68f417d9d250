package org.clusterdev.identity;

import java.time.Instant;

/**
 * One change in the audit trail as a record's history shows it.
 *
 * @param beforeValue the record before the change as JSON, null for a creation
 * @param afterValue the record after the change as JSON, null for a deletion
 */
public record AuditRecord(Instant at, String actor, String action, String beforeValue, String afterValue) {}
