/**
 * A mapping run: density clustering of each product group of a firm table, groups in parallel, with cluster
 * numbers unique across groups ({@link org.clusterdev.engine.mapping.ClusterMapping}); its outcome
 * ({@link org.clusterdev.engine.mapping.MappingResult}) gives each firm's group, cluster and core flag, and each
 * cluster's members.
 */
package org.clusterdev.engine.mapping;
