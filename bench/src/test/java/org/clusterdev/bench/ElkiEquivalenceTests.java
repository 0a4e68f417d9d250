package org.clusterdev.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.density.DensityClustering;
import org.clusterdev.engine.density.DensityLabels;
import org.clusterdev.engine.density.DensityParameters;
import org.clusterdev.engine.density.PointSet;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.synthetic.SyntheticFirms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine gives ELKI's DBSCAN result (haversine, R*-tree) on generated national data sets: the same core
 * points (by ELKI's own range queries), the same noise, the same partition of core points, and every border
 * point in a cluster that has a core point within eps of it (by ELKI's range query).
 */
class ElkiEquivalenceTests {

    @ParameterizedTest(name = "{0} firms, seed {1}, eps {2} km, minUnits {3}")
    @CsvSource({"40000, 11, 2, 20", "40000, 12, 0.5, 5", "30000, 13, 10, 60", "20000, 14, 25, 100", "30000, 15, 0.05, 2"
    })
    void findsTheSameClustersAsElki(int firms, long seed, double epsKm, int minUnits) {
        double[] lat = new double[firms];
        double[] lon = new double[firms];
        DensityLabels engine;
        try (Parallelism parallelism = Parallelism.threads(2)) {
            Firms data = SyntheticFirms.withSeed(seed).generate(firms, parallelism);
            for (int i = 0; i < firms; i++) {
                lat[i] = data.latitude(i);
                lon[i] = data.longitude(i);
            }
            engine = new DensityClustering(DensityParameters.of(epsKm, minUnits))
                    .cluster(PointSet.of(lat, lon), parallelism);
        }
        ElkiDbscan elki = new ElkiDbscan(lat, lon);
        boolean[] elkiCore = elki.core(epsKm, minUnits);
        Labels reference = elki.cluster(epsKm, minUnits);

        int[] clusters = new int[firms];
        boolean[] core = new boolean[firms];
        for (int i = 0; i < firms; i++) {
            clusters[i] = engine.clusterOf(i);
            core[i] = engine.isCore(i);
            assertThat(core[i]).as("core flag of firm %d", i).isEqualTo(elkiCore[i]);
        }
        Agreement agreement = Agreement.of(clusters, core, reference.clusters());
        assertThat(agreement.noiseDiffers()).as("noise differs").isZero();
        assertThat(agreement.coreDiffers()).as("core partition differs").isZero();
        assertThat(engine.coreCount()).as("a meaningful case").isPositive();
        assertThat(engine.noiseCount()).isPositive();
        for (int i = 0; i < firms; i++) {
            if (!core[i] && clusters[i] >= 0) {
                boolean besideItsCluster = false;
                for (int j : elki.neighbours(i, epsKm)) {
                    besideItsCluster |= core[j] && clusters[j] == clusters[i];
                }
                assertThat(besideItsCluster)
                        .as("border firm %d has a core point of its cluster within eps", i)
                        .isTrue();
            }
        }
    }
}
