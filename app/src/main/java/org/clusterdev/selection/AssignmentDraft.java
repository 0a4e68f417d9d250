package org.clusterdev.selection;

import java.time.LocalDate;

/**
 * An assignment of a CDA to a cluster.
 *
 * @param teamRole the CDA's function within a team for a large cluster, blank when working alone
 */
public record AssignmentDraft(
        long clusterId, boolean dedicated, boolean stationed, String teamRole, LocalDate startedOn) {

    /**
     * Refuses an assignment without a start date.
     *
     * @throws IllegalArgumentException "field: reason"
     */
    public AssignmentDraft {
        if (startedOn == null) {
            throw new IllegalArgumentException("startedOn: is required");
        }
        teamRole = Texts.optional("teamRole", teamRole, 200);
    }
}
