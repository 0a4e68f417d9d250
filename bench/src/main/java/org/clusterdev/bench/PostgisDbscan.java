package org.clusterdev.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostGIS's {@code ST_ClusterDBSCAN}, when a database with PostGIS is given ({@code --postgis-url}). It works on
 * planar geometry: points are projected to the Lambert conformal conic projection for India (EPSG:7755, metres),
 * so its distances differ slightly from great-circle ones and so may a few pairs near eps. Its minpoints counts the
 * point itself. Timed: the clustering query alone, after loading and indexing.
 */
final class PostgisDbscan {

    private PostgisDbscan() {}

    static Labels cluster(
            String url, String user, String password, double[] lat, double[] lon, double epsKm, int minUnits)
            throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("create extension if not exists postgis");
                s.execute("create temporary table bench_firm(id int primary key, geom geometry(Point, 7755))");
            }
            long start = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into bench_firm values (?, ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 4326), 7755))")) {
                for (int i = 0; i < lat.length; i++) {
                    insert.setInt(1, i);
                    insert.setDouble(2, lon[i]);
                    insert.setDouble(3, lat[i]);
                    insert.addBatch();
                    if (i % 10000 == 9999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (Statement s = db.createStatement()) {
                s.execute("create index on bench_firm using gist(geom)");
                s.execute("analyze bench_firm");
            }
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            int[] labels = new int[lat.length];
            start = System.nanoTime();
            try (PreparedStatement query = db.prepareStatement(
                    "select id, ST_ClusterDBSCAN(geom, eps => ?, minpoints => ?) over () from bench_firm")) {
                query.setDouble(1, epsKm * 1000);
                query.setInt(2, minUnits);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        int cluster = rows.getInt(2);
                        labels[rows.getInt(1)] = rows.wasNull() ? -1 : cluster;
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            db.rollback();
            return new Labels(labels, seconds, loadSeconds);
        }
    }
}
