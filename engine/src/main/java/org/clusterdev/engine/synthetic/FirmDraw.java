package org.clusterdev.engine.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.clusterdev.engine.io.SupplierLinksCsv;
import org.clusterdev.engine.summary.SupplierLink;

/**
 * Draws one synthetic firm at a time into its fields (reused, so that ten million firms make no garbage). A firm
 * outside the clusters is in a city (60%: normal around its centre, wider for larger cities) or in one of 60
 * villages around it (within about 35 km; firms within half a kilometre of the village).
 * Coordinates are whole multiples of 1e-5 degrees (about a metre), as {@code lat5}/{@code lon5}; a fifth of the
 * firms sit on a 0.02-degree lattice, the way firms located by their PIN code share one point.
 */
final class FirmDraw {

    private static final double KM_PER_DEGREE = 111.195;
    private static final int VILLAGES_PER_CITY = 60;
    /** Of the firms outside clusters, the share in cities; the others are in villages around them. */
    private static final double URBAN = 0.6;

    private final double scatteredShare;
    private final double[] clusterWeights;
    private final double[] cityWeights;
    private final double[] activityWeights;
    private final double[][] subCentres;
    private final double[][] villages;
    private final List<List<String>> suppliers = new ArrayList<>();

    long lat5;
    long lon5;
    String nic;
    int employment;
    long turnover;
    long exports;
    int artisans;
    int looms;
    int families;
    String district;
    String state;
    String product;

    FirmDraw(double scatteredShare) {
        this.scatteredShare = scatteredShare;
        clusterWeights = cumulative(
                Places.CLUSTER_LIST.stream().mapToDouble(Places.Cluster::size).toArray());
        cityWeights = cumulative(
                Places.CITY_LIST.stream().mapToDouble(Places.City::lakhs).toArray());
        activityWeights = cumulative(Places.ACTIVITY_LIST.stream()
                .mapToDouble(Places.Activity::share)
                .toArray());
        villages = new double[Places.CITY_LIST.size()][2 * VILLAGES_PER_CITY];
        for (int c = 0; c < villages.length; c++) {
            SplittableRandom fixed = new SplittableRandom(7907L * (c + 1));
            for (int v = 0; v < 2 * VILLAGES_PER_CITY; v++) {
                villages[c][v] = fixed.nextGaussian() * 35;
            }
        }
        subCentres = new double[Places.CLUSTER_LIST.size()][];
        List<SupplierLink> links = SupplierLinksCsv.defaults();
        for (int c = 0; c < subCentres.length; c++) {
            Places.Cluster cluster = Places.CLUSTER_LIST.get(c);
            SplittableRandom fixed = new SplittableRandom(7919L * (c + 1));
            subCentres[c] = new double[6];
            for (int k = 0; k < 3; k++) {
                subCentres[c][2 * k] = fixed.nextGaussian() * cluster.spreadKm() * 0.6;
                subCentres[c][2 * k + 1] = fixed.nextGaussian() * cluster.spreadKm() * 0.6;
            }
            List<String> supplying = new ArrayList<>();
            for (SupplierLink link : links) {
                if (cluster.nic().startsWith(link.industryNic())) {
                    supplying.add(link.supplierNic());
                }
            }
            suppliers.add(supplying);
        }
    }

    void draw(SplittableRandom random) {
        artisans = 0;
        looms = 0;
        families = 0;
        exports = 0;
        if (random.nextDouble() < scatteredShare) {
            scattered(random);
        } else {
            clustered(random);
        }
        if (random.nextInt(5) == 0) {
            lat5 = Math.round(lat5 / 2000.0) * 2000;
            lon5 = Math.round(lon5 / 2000.0) * 2000;
        }
    }

    private void clustered(SplittableRandom random) {
        int c = pick(clusterWeights, random);
        Places.Cluster cluster = Places.CLUSTER_LIST.get(c);
        double east;
        double north;
        if (random.nextInt(5) < 3) {
            int k = random.nextInt(3);
            east = subCentres[c][2 * k] + random.nextGaussian() * cluster.spreadKm() * 0.25;
            north = subCentres[c][2 * k + 1] + random.nextGaussian() * cluster.spreadKm() * 0.25;
        } else {
            east = random.nextGaussian() * cluster.spreadKm() * 0.6;
            north = random.nextGaussian() * cluster.spreadKm() * 0.6;
        }
        place(cluster.latitude(), cluster.longitude(), east, north);
        List<String> supplying = suppliers.get(c);
        nic = !supplying.isEmpty() && random.nextInt(12) == 0
                ? supplying.get(random.nextInt(supplying.size()))
                : cluster.nic();
        district = cluster.district();
        state = cluster.state();
        product = nic.equals(cluster.nic()) ? cluster.product() : "";
        Places.Kind kind = cluster.kind();
        employment = employment(random, kind == Places.Kind.INDUSTRIAL ? 0.12 : 0.01);
        double productivity = switch (kind) {
            case INDUSTRIAL -> 1.6;
            case ARTISAN -> 0.35;
            case HANDLOOM -> 0.45;
            case VILLAGE -> 0.3;
        };
        turnover = turnover(random, productivity);
        if (cluster.exporting() && random.nextInt(100) < 35) {
            exports = Math.round(turnover * (0.1 + 0.7 * random.nextDouble()) / 1000) * 1000;
        }
        switch (kind) {
            case ARTISAN -> artisans = employment + random.nextInt(3);
            case HANDLOOM ->
                looms = cluster.product().contains("powerloom") ? 4 + random.nextInt(21) : 1 + random.nextInt(4);
            case VILLAGE -> {
                families = 1 + random.nextInt(3);
                artisans = employment;
            }
            case INDUSTRIAL -> {}
        }
    }

    private void scattered(SplittableRandom random) {
        int c = pick(cityWeights, random);
        Places.City city = Places.CITY_LIST.get(c);
        if (random.nextDouble() < URBAN) {
            double sigma = 2 + 1.2 * Math.sqrt(city.lakhs());
            place(city.latitude(), city.longitude(), random.nextGaussian() * sigma, random.nextGaussian() * sigma);
        } else {
            int v = random.nextInt(VILLAGES_PER_CITY);
            place(
                    city.latitude(),
                    city.longitude(),
                    villages[c][2 * v] + random.nextGaussian() * 0.4,
                    villages[c][2 * v + 1] + random.nextGaussian() * 0.4);
        }
        nic = Places.ACTIVITY_LIST.get(pick(activityWeights, random)).nic();
        district = city.district();
        state = city.state();
        product = "";
        employment = employment(random, 0.05);
        turnover = turnover(random, 1.0);
        if (random.nextInt(100) < 4) {
            exports = Math.round(turnover * (0.05 + 0.25 * random.nextDouble()) / 1000) * 1000;
        }
    }

    private void place(double latitude, double longitude, double eastKm, double northKm) {
        double lat = Math.max(-89.9, Math.min(89.9, latitude + northKm / KM_PER_DEGREE));
        double lon = longitude + eastKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(lat)));
        lat5 = Math.round(lat * 1e5);
        lon5 = Math.round(lon * 1e5);
    }

    /** Employment skewed like MSMEs: mostly micro (1-9), some small (10-49), few medium, fewer large. */
    private static int employment(SplittableRandom random, double notMicro) {
        double u = random.nextDouble();
        if (u >= notMicro) {
            return (int) Math.min(9, Math.max(1, Math.round(Math.exp(0.7 + 0.7 * random.nextGaussian()))));
        }
        double v = random.nextDouble();
        if (u < notMicro * 0.01) {
            return 250 + (int) (2000 * v * v * v);
        }
        if (u < notMicro * 0.15) {
            return 50 + (int) (199 * v * v);
        }
        return 10 + (int) (39 * v * v);
    }

    /** Annual turnover in rupees: employment times a lognormal productivity around 6 lakh a worker. */
    private long turnover(SplittableRandom random, double productivity) {
        double perWorker = 600_000 * productivity * Math.exp(0.7 * random.nextGaussian());
        return Math.round(employment * perWorker / 1000) * 1000;
    }

    private static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            sums[i] = total;
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= total;
        }
        return sums;
    }

    private static int pick(double[] cumulative, SplittableRandom random) {
        double u = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
