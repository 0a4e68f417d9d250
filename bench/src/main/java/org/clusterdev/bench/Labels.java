package org.clusterdev.bench;

/**
 * One implementation's answer: a cluster number per point (-1 for noise; numbers arbitrary) and the time its
 * clustering took, with the time of preparing its index apart when it has one.
 *
 * @param clusters cluster per point, -1 for noise
 * @param clusterSeconds the clustering alone
 * @param indexSeconds building the database and index, 0 when none
 */
record Labels(int[] clusters, double clusterSeconds, double indexSeconds) {}
