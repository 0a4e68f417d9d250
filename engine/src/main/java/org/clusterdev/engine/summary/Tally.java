package org.clusterdev.engine.summary;

/**
 * How many of a cluster's units share a value (a district, a state, a NIC code).
 *
 * @param name the value
 * @param units the units with it
 */
public record Tally(String name, int units) {}
