/**
 * Regional indicators over district x industry employment, following the methods of the best cluster
 * observatories (see {@link org.clusterdev.engine.indicators.RegionalIndicators} for the formulas, thresholds
 * and their sources): location quotient with a small-number guard, Krugman specialisation, size and focus,
 * the European Cluster Observatory's stars and the U.S. Cluster Mapping's "strong" region-clusters.
 */
package org.clusterdev.engine.indicators;
