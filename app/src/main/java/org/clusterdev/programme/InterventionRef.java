package org.clusterdev.programme;

/**
 * The facts about an intervention that a {@link TransitionCheck} may need to decide.
 *
 * @param id the intervention
 * @param clusterId the registry cluster it develops
 * @param schemeCode the scheme that funds it ({@code programme.scheme.code})
 * @param stateCode the state of the cluster (LGD code), for scoping
 * @param stage the stage it stands in now
 */
public record InterventionRef(long id, long clusterId, String schemeCode, int stateCode, Stage stage) {}
