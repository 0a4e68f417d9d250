/**
 * The cluster development programme: schemes and their rules, calls for proposals, interventions (one cluster,
 * one scheme, one implementing agency) carried through the lifecycle of seed 004 Annex 2.4 and seed 001 slide 11,
 * diagnostic studies, trust building, action plans and their revisions, funding and exit.
 *
 * <p>Other modules take part in the lifecycle by contributing {@link org.clusterdev.programme.TransitionCheck}
 * beans: a stage is entered only when no check objects.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Programme",
        allowedDependencies = {"platform", "identity", "geography", "registry"})
package org.clusterdev.programme;
