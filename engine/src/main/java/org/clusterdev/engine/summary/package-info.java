/**
 * What each cluster found holds, and whether it is a cluster in the eyes of each institution.
 *
 * <p>{@link org.clusterdev.engine.summary.ClusterSummaries} computes a {@link
 * org.clusterdev.engine.summary.ClusterSummary} per cluster: units (core and border), employment, turnover,
 * exports and weights; the spherical centroid, the extent (greatest distance of a member from the centroid) and
 * the area of the convex hull (in a Lambert azimuthal equal-area projection about the centroid), hence density;
 * the districts and states it spans; the NIC codes present (breadth); whether supplier industries are present
 * nearby (depth, from a configurable {@link org.clusterdev.engine.summary.SupplierLink} map); and for each
 * {@link org.clusterdev.engine.summary.ClusterDefinition} whether it is met and, when not, why.
 *
 * <p>A definition's spatial limit is checked and reported, never used to cut a contiguous cluster apart
 * (seed 004 §3.2: restricting a cluster artificially "might close the door to a group of interested firms").
 */
package org.clusterdev.engine.summary;
