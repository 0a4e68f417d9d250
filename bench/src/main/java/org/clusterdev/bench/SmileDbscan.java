package org.clusterdev.bench;

import smile.clustering.DBSCAN;
import smile.clustering.PartitionClustering;

/**
 * Smile 3.1.1's DBSCAN with its k-d tree, on unit vectors with the chord radius (see {@link UnitVectors}).
 * Smile's minPts does not count the point itself: it gets {@code minUnits - 1}.
 */
final class SmileDbscan {

    private SmileDbscan() {}

    static Labels cluster(double[] lat, double[] lon, double epsKm, int minUnits) {
        double[][] xyz = UnitVectors.of(lat, lon);
        long start = System.nanoTime();
        DBSCAN<double[]> model = DBSCAN.fit(xyz, minUnits - 1, UnitVectors.chord(epsKm));
        double seconds = (System.nanoTime() - start) / 1e9;
        int[] labels = new int[lat.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = model.y[i] == PartitionClustering.OUTLIER ? -1 : model.y[i];
        }
        return new Labels(labels, seconds, 0);
    }
}
