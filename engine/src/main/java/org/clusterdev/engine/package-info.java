/**
 * The clusterdev mapping engine: finds clusters of enterprises in plain data, without Spring or a database.
 *
 * <p>It reads enterprise records ({@code io}), holds them column by column ({@code firms}), splits them into
 * product groups ({@code groups}), runs exact density-based clustering with geodesic distance on each group
 * ({@code density}, orchestrated by {@code mapping}), summarises every cluster against institutional definitions
 * ({@code summary}), computes regional indicators such as location quotients ({@code indicators}), generates
 * realistic synthetic data sets ({@code synthetic}) and offers all of it on the command line as
 * {@code clusterdev-map} ({@code cli}). Everything is deterministic: the same input gives the same output,
 * whatever the number of threads.
 */
package org.clusterdev.engine;
