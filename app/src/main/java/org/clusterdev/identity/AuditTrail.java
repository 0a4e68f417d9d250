package org.clusterdev.identity;

import java.util.List;
import java.util.Optional;

/**
 * Records who changed what and when, with the values before and after. Every module calls it inside the
 * transaction that makes the change, so an entry exists exactly when the change does.
 */
public interface AuditTrail {

    /**
     * Records one change by the current user (or "system" outside a request).
     *
     * @param action what happened, e.g. {@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code IMPORT}
     * @param entityType the kind of thing changed, e.g. {@code user}, {@code cluster}
     * @param entityId its id or code
     * @param before its state before the change, absent for a creation; serialised as JSON
     * @param after its state after the change, absent for a deletion; serialised as JSON
     */
    void record(String action, String entityType, String entityId, Optional<?> before, Optional<?> after);

    /** The changes of one record, newest first. */
    List<AuditRecord> history(String entityType, String entityId);
}
