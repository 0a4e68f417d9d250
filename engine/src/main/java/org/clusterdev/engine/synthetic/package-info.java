/**
 * A synthetic but realistic national enterprise data set, deterministic for a seed, for tests and benchmarks
 * ({@link org.clusterdev.engine.synthetic.SyntheticFirms}): firms concentrated around real Indian towns with
 * their real product specialisations ({@link org.clusterdev.engine.synthetic.Places}), plus firms scattered
 * around cities and their hinterland, with a size distribution skewed like MSMEs (mostly micro enterprises).
 */
package org.clusterdev.engine.synthetic;
