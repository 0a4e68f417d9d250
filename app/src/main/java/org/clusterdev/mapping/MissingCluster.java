package org.clusterdev.mapping;

/** A registered cluster of a product group a run mapped that no candidate matched. */
public record MissingCluster(long registryClusterId, String name, String groupCode) {}
