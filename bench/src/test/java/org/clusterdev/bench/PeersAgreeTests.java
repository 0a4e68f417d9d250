package org.clusterdev.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.density.DensityClustering;
import org.clusterdev.engine.density.DensityLabels;
import org.clusterdev.engine.density.DensityParameters;
import org.clusterdev.engine.density.PointSet;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.synthetic.SyntheticFirms;
import org.junit.jupiter.api.Test;

/** The peers of the benchmark are set up to compute the same DBSCAN as the engine (minPts, chord radius). */
class PeersAgreeTests {

    private static final int FIRMS = 6000;
    private static final double EPS_KM = 2;
    private static final int MIN_UNITS = 8;

    private final double[] lat = new double[FIRMS];
    private final double[] lon = new double[FIRMS];
    private final int[] clusters = new int[FIRMS];
    private final boolean[] core = new boolean[FIRMS];

    PeersAgreeTests() {
        try (Parallelism parallelism = Parallelism.threads(2)) {
            Firms data = SyntheticFirms.withSeed(5).generate(FIRMS, parallelism);
            for (int i = 0; i < FIRMS; i++) {
                lat[i] = data.latitude(i);
                lon[i] = data.longitude(i);
            }
            DensityLabels engine = new DensityClustering(DensityParameters.of(EPS_KM, MIN_UNITS))
                    .cluster(PointSet.of(lat, lon), parallelism);
            for (int i = 0; i < FIRMS; i++) {
                clusters[i] = engine.clusterOf(i);
                core[i] = engine.isCore(i);
            }
        }
    }

    @Test
    void smileOnUnitVectorsGivesTheEnginesClusters() {
        Agreement agreement = Agreement.of(
                clusters, core, SmileDbscan.cluster(lat, lon, EPS_KM, MIN_UNITS).clusters());
        assertThat(agreement.exact()).as(agreement.toString()).isTrue();
    }

    @Test
    void commonsMathOnUnitVectorsGivesTheEnginesClusters() {
        Agreement agreement = Agreement.of(
                clusters,
                core,
                CommonsMathDbscan.cluster(lat, lon, EPS_KM, MIN_UNITS).clusters());
        assertThat(agreement.exact()).as(agreement.toString()).isTrue();
    }

    @Test
    void agreementCountsNoiseAndCoreDifferencesButAllowsBorderPoints() {
        int[] engine = {0, 0, 0, 1, 1, -1};
        boolean[] isCore = {true, true, false, true, true, false};
        assertThat(Agreement.of(engine, isCore, new int[] {5, 5, 7, 7, 7, -1})).isEqualTo(new Agreement(0, 0, 1));
        assertThat(Agreement.of(engine, isCore, new int[] {5, 7, 5, 7, 7, -1})).isEqualTo(new Agreement(0, 3, 0));
        assertThat(Agreement.of(engine, isCore, new int[] {5, 5, 5, 7, 7, 2})).isEqualTo(new Agreement(1, 0, 0));
        assertThat(Agreement.of(engine, isCore, new int[] {5, 5, 7, 7, 7, -1}).exact())
                .isTrue();
        assertThat(Agreement.of(engine, isCore, new int[] {5, 7, 5, 7, 7, -1}).exact())
                .isFalse();
    }
}
