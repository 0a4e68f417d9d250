package org.clusterdev.engine.density;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.clusterdev.engine.Parallelism;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DensityClusteringTests {

    @ParameterizedTest(name = "eps {3} km, minUnits {4} around ({1}, {2})")
    @CsvSource({
        "1, 22.3, 70.8, 2, 5",
        "2, 22.3, 70.8, 0.05, 3",
        "3, 22.3, 70.8, 0.005, 2",
        "4, 28.6, 77.2, 25, 20",
        "5, 12.9, 77.6, 300, 40",
        "6, 8.5, 76.9, 1, 1",
        "7, 34.1, 74.8, 5, 12",
        "8, 89.7, 10, 3, 5",
        "9, -89.9, -120, 8, 4",
        "10, 0.01, 179.99, 2, 4",
        "11, 60, -179.995, 0.5, 3"
    })
    void agreesWithBruteForceDbscan(long seed, double lat, double lon, double epsKm, int minUnits) {
        TestPoints points = TestPoints.blobs(seed, 1500, lat, lon, 12 * epsKm, epsKm);
        DensityLabels labels;
        try (Parallelism parallelism = Parallelism.threads(2)) {
            labels = new DensityClustering(DensityParameters.of(epsKm, minUnits))
                    .cluster(PointSet.of(points.lat, points.lon), parallelism);
        }
        ReferenceDbscan reference = new ReferenceDbscan(points.lat, points.lon, null, epsKm, minUnits, 0);
        assertSameClustering(labels, reference);
    }

    @Test
    void sortsByCellKeysWhenTinyEpsSpansManyRows() {
        // 10 m over 600 km north-south: more than 65,536 rows, keys of at most 32 bits (packed radix sort);
        // 2 m over 300 km both ways: keys of more than 32 bits (radix sort carrying the coordinates)
        double[][] cases = {{0.01, 300, 0.02}, {0.002, 150, 0.004}};
        for (double[] c : cases) {
            TestPoints points = TestPoints.blobs(61, 1500, 23, 80, c[1], c[2]);
            if (c[0] == 0.01) {
                for (int i = 0; i < points.lon.length; i++) {
                    points.lon[i] = 80 + (points.lon[i] - 80) / 100; // narrow in longitude
                }
            }
            DensityLabels labels = cluster(DensityParameters.of(c[0], 3), PointSet.of(points.lat, points.lon));
            assertSameClustering(labels, new ReferenceDbscan(points.lat, points.lon, null, c[0], 3, 0));
            assertThat(labels.coreCount()).isPositive();
        }
    }

    @Test
    void weightedCoreNeedsTheSummedWeightWithinEps() {
        TestPoints points = TestPoints.blobs(21, 2000, 25.4, 82.9, 20, 1.5);
        DensityLabels labels;
        try (Parallelism parallelism = Parallelism.threads(2)) {
            labels = new DensityClustering(new DensityParameters(2, 3, 60))
                    .cluster(PointSet.of(points.lat, points.lon).weightedBy(points.weights), parallelism);
        }
        ReferenceDbscan reference = new ReferenceDbscan(points.lat, points.lon, points.weights, 2, 3, 60);
        assertSameClustering(labels, reference);
        assertThat(labels.coreCount()).isPositive();
    }

    @Test
    void findsAHundredArtisansWithinFiveKilometres() {
        // 30 workshops with 3 artisans each, and 2 with 6: 102 artisans within 5 km; a village 40 km away with 90
        double[] lat = new double[42];
        double[] lon = new double[42];
        double[] artisans = new double[42];
        for (int i = 0; i < 32; i++) {
            lat[i] = 25.3 + TestPoints.degreesNorth((i % 8) * 0.3);
            lon[i] = 83.0 + TestPoints.degreesEast((i / 8) * 0.3, 25.3);
            artisans[i] = i < 30 ? 3 : 6;
        }
        for (int i = 32; i < 42; i++) {
            lat[i] = 25.3 + TestPoints.degreesNorth(40 + (i - 32) * 0.1);
            lon[i] = 83.0;
            artisans[i] = 9;
        }
        DensityLabels labels =
                cluster(new DensityParameters(5, 1, 100), PointSet.of(lat, lon).weightedBy(artisans));
        assertThat(labels.clusterCount()).isEqualTo(1);
        for (int i = 0; i < 32; i++) {
            assertThat(labels.isCore(i)).isTrue();
        }
        for (int i = 32; i < 42; i++) {
            assertThat(labels.clusterOf(i)).isEqualTo(DensityLabels.NOISE);
        }
    }

    @Test
    void countsEveryFirmAtTheSameCoordinatesAndThePointItself() {
        double[] lat = new double[10];
        double[] lon = new double[10];
        Arrays.fill(lat, 21.1702);
        Arrays.fill(lon, 72.8311);
        assertThat(cluster(DensityParameters.of(0.5, 10), PointSet.of(lat, lon)).coreCount())
                .isEqualTo(10);
        DensityLabels tooFew = cluster(DensityParameters.of(0.5, 11), PointSet.of(lat, lon));
        assertThat(tooFew.noiseCount()).isEqualTo(10);
        assertThat(tooFew.clusterCount()).isZero();
    }

    @Test
    void borderPointJoinsTheClusterOfItsNearestCorePoint() {
        // along a meridian (km): A at 0..0.4, B at 2.8..3.2, X at 1.55 sees A3, A4 and B0 only, A4 nearest
        double[] lat = new double[11];
        double[] lon = new double[11];
        for (int i = 0; i < 5; i++) {
            lat[i] = 20 + TestPoints.degreesNorth(i * 0.1);
            lat[5 + i] = 20 + TestPoints.degreesNorth(2.8 + i * 0.1);
        }
        lat[10] = 20 + TestPoints.degreesNorth(1.55);
        Arrays.fill(lon, 85);
        DensityLabels labels = cluster(DensityParameters.of(1.3, 5), PointSet.of(lat, lon));
        assertThat(labels.clusterCount()).isEqualTo(2);
        assertThat(labels.isCore(10)).isFalse();
        assertThat(labels.clusterOf(10)).isEqualTo(labels.clusterOf(0)).isNotEqualTo(labels.clusterOf(5));
    }

    @Test
    void onATieTheBorderPointJoinsTheCorePointThatComesFirstInTheInput() {
        // on the equator: B east of X, listed first, A west of it, mirror images; X exactly 1 km from both
        double[] lat = new double[11];
        double[] lon = new double[11];
        for (int i = 0; i < 5; i++) {
            lon[i] = TestPoints.degreesEast(1 + i * 0.1, 0);
            lon[5 + i] = -lon[i];
        }
        DensityLabels labels = cluster(DensityParameters.of(1.05, 5), PointSet.of(lat, lon));
        assertThat(labels.clusterCount()).isEqualTo(2);
        assertThat(labels.isCore(10)).isFalse();
        assertThat(labels.clusterOf(10)).isEqualTo(labels.clusterOf(0)).isNotEqualTo(labels.clusterOf(5));
    }

    @Test
    void givesTheSameNumbersWithOneTwoOrFourThreads() {
        TestPoints points = TestPoints.blobs(31, 60_000, 23, 78, 300, 2);
        DensityParameters parameters = DensityParameters.of(1.5, 6);
        DensityLabels one = cluster(parameters, PointSet.of(points.lat, points.lon), 1);
        DensityLabels two = cluster(parameters, PointSet.of(points.lat, points.lon), 2);
        DensityLabels four = cluster(parameters, PointSet.of(points.lat, points.lon), 4);
        assertThat(one.clusterCount()).isGreaterThan(10);
        for (int i = 0; i < one.size(); i++) {
            assertThat(two.clusterOf(i)).isEqualTo(one.clusterOf(i));
            assertThat(four.clusterOf(i)).isEqualTo(one.clusterOf(i));
            assertThat(four.isCore(i)).isEqualTo(one.isCore(i));
        }
    }

    @Test
    void numbersClustersByDecreasingSize() {
        TestPoints points = TestPoints.blobs(41, 20_000, 19, 73, 100, 1);
        DensityLabels labels = cluster(DensityParameters.of(1, 5), PointSet.of(points.lat, points.lon));
        int[] sizes = labels.clusterSizes();
        for (int c = 1; c < sizes.length; c++) {
            assertThat(sizes[c]).isLessThanOrEqualTo(sizes[c - 1]);
        }
    }

    @Test
    void clustersOnlyTheMembersOfASubset() {
        TestPoints points = TestPoints.blobs(51, 3000, 26.9, 75.8, 30, 1);
        int[] members = new int[1000];
        for (int i = 0; i < members.length; i++) {
            members[i] = 3 * i + 1;
        }
        double[] lat = new double[members.length];
        double[] lon = new double[members.length];
        for (int i = 0; i < members.length; i++) {
            lat[i] = points.lat[members[i]];
            lon[i] = points.lon[members[i]];
        }
        DensityLabels labels = cluster(
                DensityParameters.of(2, 4), PointSet.of(points.lat, points.lon).restrictedTo(members));
        assertSameClustering(labels, new ReferenceDbscan(lat, lon, null, 2, 4, 0));
    }

    @Test
    void handlesAnEmptyAndASinglePointSet() {
        assertThat(cluster(DensityParameters.of(1, 1), PointSet.of(new double[0], new double[0]))
                        .size())
                .isZero();
        DensityLabels single = cluster(DensityParameters.of(1, 1), PointSet.of(new double[] {10}, new double[] {20}));
        assertThat(single.clusterOf(0)).isZero();
        assertThat(single.isCore(0)).isTrue();
    }

    @Test
    void refusesBadParametersAndCoordinates() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DensityParameters.of(0, 5))
                .withMessageStartingWith("epsKm");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DensityParameters.of(1, 0))
                .withMessageStartingWith("minUnits");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DensityParameters(1, 1, -2))
                .withMessageStartingWith("minWeight");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> cluster(DensityParameters.of(1, 1), PointSet.of(new double[] {95}, new double[] {0})))
                .withMessageStartingWith("coordinates");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> cluster(new DensityParameters(1, 1, 5), PointSet.of(new double[] {5}, new double[] {0})))
                .withMessageStartingWith("weights");
    }

    static DensityLabels cluster(DensityParameters parameters, PointSet points) {
        return cluster(parameters, points, 2);
    }

    static DensityLabels cluster(DensityParameters parameters, PointSet points, int threads) {
        try (Parallelism parallelism = Parallelism.threads(threads)) {
            return new DensityClustering(parameters).cluster(points, parallelism);
        }
    }

    /** Same core points, same noise, same partition, and every border point with its nearest core point. */
    static void assertSameClustering(DensityLabels labels, ReferenceDbscan reference) {
        Map<Integer, Integer> ours = new HashMap<>();
        Map<Integer, Integer> theirs = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            assertThat(labels.isCore(i)).as("core flag of point %d", i).isEqualTo(reference.core[i]);
            assertThat(labels.clusterOf(i) == DensityLabels.NOISE)
                    .as("noise flag of point %d", i)
                    .isEqualTo(reference.cluster[i] < 0);
            if (labels.clusterOf(i) != DensityLabels.NOISE) {
                Integer mapped = ours.putIfAbsent(labels.clusterOf(i), reference.cluster[i]);
                assertThat(mapped == null ? reference.cluster[i] : mapped)
                        .as("cluster of point %d", i)
                        .isEqualTo(reference.cluster[i]);
                Integer back = theirs.putIfAbsent(reference.cluster[i], labels.clusterOf(i));
                assertThat(back == null ? labels.clusterOf(i) : back)
                        .as("reference cluster of point %d", i)
                        .isEqualTo(labels.clusterOf(i));
            }
        }
    }
}
