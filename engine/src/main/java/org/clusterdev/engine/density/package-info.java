/**
 * Exact density-based clustering of points on the sphere (DBSCAN semantics, great-circle distance).
 *
 * <p>{@link org.clusterdev.engine.density.DensityClustering} takes a {@link org.clusterdev.engine.density.PointSet}
 * and {@link org.clusterdev.engine.density.DensityParameters} and returns
 * {@link org.clusterdev.engine.density.DensityLabels}: for each point its cluster (or noise) and whether it is a
 * core point. The result is the one a textbook DBSCAN gives with the haversine distance on a sphere of radius
 * {@link org.clusterdev.engine.geo.GreatCircle#EARTH_RADIUS_KM}; only the work differs:
 *
 * <ol>
 *   <li>points go into a latitude/longitude grid whose cells are (eps/R)/sqrt(2) radians wide, so any two points
 *       of a cell are within eps at every latitude; they are radix-sorted by cell into primitive arrays, and
 *       identical coordinates are merged into one weighted point;
 *   <li>a cell holding at least {@code minUnits} firms is core as a whole, without a distance computed; other
 *       points first count the neighbouring cells that lie wholly within eps (a stencil of two rows up and down,
 *       widened by latitude), then compare distances only with partly covered cells, and stop as soon as the
 *       answer is known;
 *   <li>cells with core points are joined by a lock-free union-find when a pair of their core points is within
 *       eps (bounds first, then a search that stops at the first pair);
 *   <li>a point that is not core joins the cluster of its nearest core point within eps (on a tie, the core
 *       point that comes first in the input), else it is noise.
 * </ol>
 *
 * <p>Distances are compared as chords between unit vectors ({@code chord <= 2 sin(eps / 2R)}), which orders
 * pairs exactly like the haversine distance. Whenever a whole cell is accepted or rejected without computing
 * distances, conservative bounds with a safety margin make sure every pair in it would have been decided the same
 * way by the exact test. Work is split across threads by ranges of cells (row stripes); cluster numbers do not
 * depend on the number of threads: clusters are numbered by size, largest first, ties broken by the earliest
 * member.
 */
package org.clusterdev.engine.density;
