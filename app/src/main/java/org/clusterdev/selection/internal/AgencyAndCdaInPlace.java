package org.clusterdev.selection.internal;

import java.util.Optional;
import org.clusterdev.programme.InterventionRef;
import org.clusterdev.programme.Stage;
import org.clusterdev.programme.TransitionCheck;
import org.springframework.stereotype.Component;

/**
 * An intervention enters {@link Stage#AGENCY_AND_CDA_IN_PLACE} only when an implementing agency is engaged for it
 * and at least one CDA works in its cluster (seed 004 Annex 2.4: selection of the implementing agency and of the
 * CDA come before the diagnostic study).
 */
@Component
class AgencyAndCdaInPlace implements TransitionCheck {

    private final AgencyRows agencies;
    private final CdaRows cdas;

    AgencyAndCdaInPlace(AgencyRows agencies, CdaRows cdas) {
        this.agencies = agencies;
        this.cdas = cdas;
    }

    @Override
    public Optional<String> refusal(InterventionRef intervention, Stage target) {
        if (target != Stage.AGENCY_AND_CDA_IN_PLACE) {
            return Optional.empty();
        }
        if (agencies.openForIntervention(intervention.id()).isEmpty()) {
            return Optional.of("AGENCY_AND_CDA_IN_PLACE needs an implementing agency engaged for the intervention");
        }
        if (cdas.openInCluster(intervention.clusterId()).isEmpty()) {
            return Optional.of("AGENCY_AND_CDA_IN_PLACE needs at least one CDA assigned to the cluster");
        }
        return Optional.empty();
    }
}
