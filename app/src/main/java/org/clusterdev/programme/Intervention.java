package org.clusterdev.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An intervention as pages and the API show it.
 *
 * @param id the intervention
 * @param clusterId the registry cluster it develops
 * @param stateCode the LGD code of the cluster's state
 * @param schemeCode the scheme that funds it
 * @param agencyId the implementing agency, once one is selected
 * @param title what the intervention is called
 * @param stage where it stands
 * @param stageEnteredAt when it entered that stage
 * @param stageDueOn the last day it may stand in that stage; absent for the final stages
 * @param closedReason why it was closed early, only for {@link Stage#CLOSED}
 * @param version the version an editor must name to change it
 */
public record Intervention(
        long id,
        long clusterId,
        int stateCode,
        String schemeCode,
        Optional<Long> agencyId,
        String title,
        Stage stage,
        Instant stageEnteredAt,
        Optional<LocalDate> stageDueOn,
        Optional<String> closedReason,
        int version) {

    /** The facts a {@link TransitionCheck} needs. */
    public InterventionRef ref() {
        return new InterventionRef(id, clusterId, schemeCode, stateCode, stage);
    }

    /** Whether the intervention stands in its stage past the stage's last day. */
    public boolean overdueOn(LocalDate today) {
        return stageDueOn.map(due -> due.isBefore(today)).orElse(false);
    }
}
