package org.clusterdev.mapping;

/**
 * What the registry needs besides the candidate's figures to add it as an identified cluster.
 *
 * @param name the cluster's name, unique in its state
 * @param product the product in words
 * @param typologyCode a registry typology code
 */
public record Promotion(String name, String product, String typologyCode) {}
