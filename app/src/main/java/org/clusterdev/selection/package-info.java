/**
 * Selection of who takes part in a cluster development programme: implementing agencies and resource
 * organisations with their engagements in clusters and the cluster-years of experience these add up to (seed 004
 * §2.7); scored selection rounds for clusters (per scheme, seed 001 slide 20, seed 003), implementing agencies
 * (seed 004 Annex 3.2) and Cluster Development Agents (seed 001 slide 21), scored independently by several
 * assessors who declare conflicts of interest; and CDAs with their assignments to clusters, their training and
 * their tenure (seed 004 §3.7).
 *
 * <p>It takes part in the programme lifecycle by a {@link org.clusterdev.programme.TransitionCheck}: an
 * intervention is in the stage "agency and CDA in place" only when both are.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Selection",
        allowedDependencies = {"platform", "identity", "geography", "registry", "programme"})
package org.clusterdev.selection;
