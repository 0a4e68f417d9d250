/**
 * How the registry judges a cluster against the institutional definitions, the maturity cut-offs and the
 * signs of a conglomeration that is not a cluster. The rules ({@link DefinitionRule}, {@link MaturityRule},
 * {@link NotAClusterRules}) are plain Java over {@link ClusterFacts}, testable without a database;
 * {@link StoredClusterDefinitions} reads the definitions and facts from PostgreSQL and applies them.
 */
package org.clusterdev.registry.definitions;
