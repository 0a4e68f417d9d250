package org.clusterdev.bench;

import elki.clustering.dbscan.DBSCAN;
import elki.data.Cluster;
import elki.data.Clustering;
import elki.data.NumberVector;
import elki.data.model.Model;
import elki.data.type.TypeUtil;
import elki.database.Database;
import elki.database.StaticArrayDatabase;
import elki.database.ids.DBIDIter;
import elki.database.ids.DBIDRange;
import elki.database.ids.DBIDRef;
import elki.database.ids.DBIDUtil;
import elki.database.ids.ModifiableDoubleDBIDList;
import elki.database.query.QueryBuilder;
import elki.database.query.range.RangeSearcher;
import elki.database.relation.Relation;
import elki.datasource.ArrayAdapterDatabaseConnection;
import elki.distance.geo.LatLngDistance;
import elki.index.tree.spatial.rstarvariants.RTreeSettings;
import elki.index.tree.spatial.rstarvariants.rstar.RStarTreeFactory;
import elki.index.tree.spatial.rstarvariants.strategies.bulk.SortTileRecursiveBulkSplit;
import elki.logging.LoggingConfiguration;
import elki.math.geodesy.SphericalHaversineEarthModel;
import elki.persistent.MemoryPageFileFactory;
import java.util.List;

/**
 * ELKI 0.8.0's DBSCAN with the haversine distance on a sphere of 6,371,009 m ({@code LatLngDistance} with
 * {@code SphericalHaversineEarthModel}) over an R*-tree (bulk-loaded by sort-tile-recursive), the reference
 * DBSCAN the engine is checked against.
 */
final class ElkiDbscan {

    private final Relation<NumberVector> relation;
    private final LatLngDistance distance = new LatLngDistance(SphericalHaversineEarthModel.STATIC);
    private final double indexSeconds;

    /** Loads the points into an ELKI database with an R*-tree. */
    ElkiDbscan(double[] lat, double[] lon) {
        LoggingConfiguration.setLevelFor("elki", "SEVERE");
        double[][] data = new double[lat.length][];
        for (int i = 0; i < lat.length; i++) {
            data[i] = new double[] {lat[i], lon[i]};
        }
        long start = System.nanoTime();
        RStarTreeFactory<NumberVector> rtree = new RStarTreeFactory<>(
                new MemoryPageFileFactory<>(4096), new RTreeSettings(SortTileRecursiveBulkSplit.STATIC));
        Database database = new StaticArrayDatabase(new ArrayAdapterDatabaseConnection(data), List.of(rtree));
        database.initialize();
        relation = database.getRelation(TypeUtil.NUMBER_VECTOR_FIELD);
        indexSeconds = (System.nanoTime() - start) / 1e9;
    }

    /** DBSCAN: ELKI's minpts counts the point itself, like the engine's minUnits. */
    Labels cluster(double epsKm, int minUnits) {
        long start = System.nanoTime();
        Clustering<Model> clustering = new DBSCAN<NumberVector>(distance, epsKm * 1000, minUnits).run(relation);
        double seconds = (System.nanoTime() - start) / 1e9;
        DBIDRange ids = (DBIDRange) relation.getDBIDs();
        int[] labels = new int[relation.size()];
        int next = 0;
        for (Cluster<Model> cluster : clustering.getAllClusters()) {
            int number = cluster.isNoise() ? -1 : next++;
            for (DBIDIter it = cluster.getIDs().iter(); it.valid(); it.advance()) {
                labels[ids.getOffset(it)] = number;
            }
        }
        return new Labels(labels, seconds, indexSeconds);
    }

    /** Core flags by ELKI's own range queries: at least {@code minUnits} points within eps, the point included. */
    boolean[] core(double epsKm, int minUnits) {
        RangeSearcher<DBIDRef> range = new QueryBuilder<>(relation, distance).rangeByDBID(epsKm * 1000);
        DBIDRange ids = (DBIDRange) relation.getDBIDs();
        boolean[] core = new boolean[relation.size()];
        ModifiableDoubleDBIDList neighbours = DBIDUtil.newDistanceDBIDList();
        for (DBIDIter it = ids.iter(); it.valid(); it.advance()) {
            range.getRange(it, epsKm * 1000, neighbours.clear());
            core[ids.getOffset(it)] = neighbours.size() >= minUnits;
        }
        return core;
    }

    /** The offsets of the points within eps of a point (ELKI's range query). */
    int[] neighbours(int point, double epsKm) {
        RangeSearcher<DBIDRef> range = new QueryBuilder<>(relation, distance).rangeByDBID(epsKm * 1000);
        DBIDRange ids = (DBIDRange) relation.getDBIDs();
        ModifiableDoubleDBIDList found = DBIDUtil.newDistanceDBIDList();
        range.getRange(ids.get(point), epsKm * 1000, found);
        int[] offsets = new int[found.size()];
        int k = 0;
        for (DBIDIter it = found.iter(); it.valid(); it.advance()) {
            offsets[k++] = ids.getOffset(it);
        }
        return offsets;
    }
}
