package org.clusterdev.engine.density;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.clusterdev.engine.geo.GeoPoint;
import org.clusterdev.engine.geo.GreatCircle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellGridTests {

    @ParameterizedTest(name = "eps {0} km")
    @CsvSource({"0.001", "0.05", "2", "25", "300", "1000"})
    void anyTwoPointsOfACellAreWithinEpsAtEveryLatitude(double epsKm) {
        CellGrid grid = new CellGrid(epsKm);
        SplittableRandom random = new SplittableRandom(1);
        for (int trial = 0; trial < 20000; trial++) {
            int row = random.nextInt(grid.rows);
            int col = random.nextInt(grid.cols);
            GeoPoint a = inCell(grid, row, col, random);
            GeoPoint b = inCell(grid, row, col, random);
            assertThat(GreatCircle.distanceKm(a, b)).isLessThanOrEqualTo(epsKm);
        }
    }

    @ParameterizedTest(name = "eps {0} km near latitude {1}")
    @CsvSource({"0.001, 20", "2, 8", "2, 37", "2, 70", "2, 89.99", "50, 60", "300, 30", "1000, -80"})
    void theStencilReachesEveryPointWithinEps(double epsKm, double latitude) {
        CellGrid grid = new CellGrid(epsKm);
        SplittableRandom random = new SplittableRandom(2);
        for (int trial = 0; trial < 20000; trial++) {
            double lat = Math.max(-90, Math.min(90, latitude + random.nextDouble(-1, 1) * Math.min(5, epsKm / 50)));
            GeoPoint a = new GeoPoint(lat, random.nextDouble(-180, 180));
            GeoPoint b = destination(a, random.nextDouble(0, epsKm), random.nextDouble(0, 2 * Math.PI));
            if (GreatCircle.distanceKm(a, b) > epsKm) {
                continue;
            }
            int rowA = grid.row(CellGrid.radians(a.latitude()));
            int rowB = grid.row(CellGrid.radians(b.latitude()));
            assertThat(Math.abs(rowA - rowB)).isLessThanOrEqualTo(grid.rowReach);
            int reach = grid.columnReach(grid.minCos(rowA), grid.minCos(rowB));
            int colA = grid.col(CellGrid.radians(a.longitude()));
            int colB = grid.col(CellGrid.radians(b.longitude()));
            if (reach != CellGrid.ALL_COLUMNS) {
                assertThat(grid.columnDistance(colA, colB)).isLessThanOrEqualTo(reach);
            }
            byte cells = grid.classifyCells(
                    Math.abs(rowA - rowB),
                    grid.columnDistance(colA, colB),
                    grid.acrossSeam(colA, colB),
                    grid.minCos(rowA),
                    grid.minCos(rowB),
                    grid.maxCos(rowA),
                    grid.maxCos(rowB));
            assertThat(cells)
                    .as("a pair within eps is never in cells said apart")
                    .isNotEqualTo(CellGrid.APART);
        }
    }

    @ParameterizedTest(name = "eps {0} km at latitude {1}")
    @CsvSource({"2, 22", "2, 75", "0.01, 10", "100, 45"})
    void boundsThatDecideWholeCellsAgreeWithEveryPair(double epsKm, double latitude) {
        CellGrid grid = new CellGrid(epsKm);
        SplittableRandom random = new SplittableRandom(3);
        int row = grid.row(CellGrid.radians(latitude));
        int col = grid.cols / 3;
        for (int dr = -grid.rowReach; dr <= grid.rowReach; dr++) {
            for (int dc = 0; dc <= 4; dc++) {
                byte relation = grid.classifyCells(
                        Math.abs(dr),
                        dc,
                        false,
                        grid.minCos(row),
                        grid.minCos(row + dr),
                        grid.maxCos(row),
                        grid.maxCos(row + dr));
                for (int trial = 0; trial < 2000 && relation != CellGrid.PARTLY; trial++) {
                    double d = GreatCircle.distanceKm(
                            inCell(grid, row, col, random), inCell(grid, row + dr, col + dc, random));
                    if (relation == CellGrid.WITHIN) {
                        assertThat(d).isLessThanOrEqualTo(epsKm);
                    } else {
                        assertThat(d).isGreaterThan(epsKm);
                    }
                }
                GeoPoint p = inCell(grid, row, col, random);
                double phi = CellGrid.radians(p.latitude());
                byte pointRelation = grid.classifyPoint(
                        phi,
                        CellGrid.radians(p.longitude()),
                        Math.cos(phi),
                        row + dr,
                        col + dc,
                        grid.minCos(row + dr),
                        grid.maxCos(row + dr));
                for (int trial = 0; trial < 2000 && pointRelation != CellGrid.PARTLY; trial++) {
                    double d = GreatCircle.distanceKm(p, inCell(grid, row + dr, col + dc, random));
                    assertThat(d > epsKm).isEqualTo(pointRelation == CellGrid.APART);
                }
            }
        }
    }

    private static GeoPoint inCell(CellGrid grid, int row, int col, SplittableRandom random) {
        double low = Math.max(-Math.PI / 2, -Math.PI / 2 + row * grid.side);
        double high = Math.min(Math.PI / 2, low + grid.side);
        double west = -Math.PI + col * grid.side;
        double east = Math.min(Math.PI, west + grid.side);
        double lat = Math.toDegrees(low + random.nextDouble() * (high - low));
        double lon = Math.toDegrees(west + random.nextDouble() * (east - west));
        return new GeoPoint(Math.max(-90, Math.min(90, lat)), Math.max(-180, Math.min(180, lon)));
    }

    private static GeoPoint destination(GeoPoint from, double km, double bearing) {
        double d = km / GreatCircle.EARTH_RADIUS_KM;
        double phi = Math.toRadians(from.latitude());
        double lambda = Math.toRadians(from.longitude());
        double lat = Math.asin(Math.sin(phi) * Math.cos(d) + Math.cos(phi) * Math.sin(d) * Math.cos(bearing));
        double lon = lambda
                + Math.atan2(
                        Math.sin(bearing) * Math.sin(d) * Math.cos(phi), Math.cos(d) - Math.sin(phi) * Math.sin(lat));
        double wrapped = Math.toDegrees(lon);
        wrapped = ((wrapped + 180) % 360 + 360) % 360 - 180;
        return new GeoPoint(Math.toDegrees(lat), wrapped);
    }
}
