package org.clusterdev.selection;

/**
 * A cluster, agency or CDA considered in a round.
 *
 * @param referenceId the id of the cluster (registry), agency or CDA
 * @param stateCode the LGD code of its state, for scope and the regional quota
 * @param sector its typology code (clusters), agency kind or CDA speciality, for the balance check
 * @param backwardArea the chair marked it as lying in a backward area
 * @param decision null until decided
 * @param interventionId the intervention the programme proposed when a cluster was selected, null otherwise
 */
public record Candidate(
        long id,
        long roundId,
        long referenceId,
        String name,
        int stateCode,
        String sector,
        boolean backwardArea,
        Decision decision,
        String decisionReason,
        String decidedBy,
        Long interventionId) {}
