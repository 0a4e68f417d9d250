/**
 * The {@code clusterdev-map} command line ({@link org.clusterdev.engine.cli.ClusterdevMap}): {@code find}
 * clusters in a firm file, {@code generate} a synthetic data set, compute regional {@code indicators}. Built as
 * {@code engine/target/clusterdev-map.jar}; see the README, "Cluster mapping from the command line".
 */
package org.clusterdev.engine.cli;
