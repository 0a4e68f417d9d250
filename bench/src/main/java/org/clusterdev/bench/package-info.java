/**
 * Benchmarks of the engine against other DBSCAN implementations on the same generated data, run side by side in
 * one process ({@link org.clusterdev.bench.Benchmark}), and the check that they agree
 * ({@link org.clusterdev.bench.Agreement}). Never shipped: ELKI is AGPL, Smile GPL.
 */
package org.clusterdev.bench;
