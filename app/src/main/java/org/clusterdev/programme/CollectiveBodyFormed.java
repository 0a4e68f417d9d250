package org.clusterdev.programme;

/**
 * Published when trust building forms a local body in a cluster (an association, network, consortium or SPV), so
 * that the registry can list it among the cluster's stakeholders.
 *
 * @param kind {@code ASSOCIATION}, {@code NETWORK}, {@code CONSORTIUM} or {@code SPV}
 */
public record CollectiveBodyFormed(long clusterId, long interventionId, String kind, String name) {}
