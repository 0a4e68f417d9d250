package org.clusterdev.engine.summary;

import static org.clusterdev.engine.geo.GreatCircle.EARTH_RADIUS_KM;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.Progress;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.firms.WeightColumn;
import org.clusterdev.engine.geo.GeoPoint;
import org.clusterdev.engine.geo.Trigonometry;
import org.clusterdev.engine.mapping.MappingResult;

/**
 * Summarises every cluster of a mapping run against a list of definitions and a supplier map. Clusters are
 * summarised in parallel; the summaries come back in cluster order.
 */
public final class ClusterSummaries {

    private static final double MIN_AREA_FOR_DENSITY_KM2 = 0.01;

    private final List<ClusterDefinition> definitions;
    private final List<SupplierLink> suppliers;

    /** Summaries checked against {@code definitions}, with depth from {@code suppliers}. */
    public ClusterSummaries(List<ClusterDefinition> definitions, List<SupplierLink> suppliers) {
        this.definitions = List.copyOf(definitions);
        this.suppliers = List.copyOf(suppliers);
    }

    /** The summary of every cluster, in cluster order. */
    public List<ClusterSummary> summarise(MappingResult result, Parallelism parallelism, Progress progress) {
        SupplierIndex index = new SupplierIndex(result.firms(), suppliers);
        ClusterSummary[] summaries = new ClusterSummary[result.clusterCount()];
        AtomicLong done = new AtomicLong();
        parallelism.forEachChunk(result.clusterCount(), 1, (a, b) -> {
            Scratch scratch = new Scratch();
            for (int c = a; c < b; c++) {
                summaries[c] = summarise(result, c, index, scratch);
                progress.update("summarising", done.incrementAndGet(), result.clusterCount());
            }
        });
        return List.of(summaries);
    }

    private ClusterSummary summarise(MappingResult result, int cluster, SupplierIndex index, Scratch scratch) {
        Firms firms = result.firms();
        int n = result.size(cluster);
        scratch.ensure(n);
        double employment = 0;
        double turnover = 0;
        double exports = 0;
        int core = 0;
        Map<WeightColumn, Double> weights = new EnumMap<>(WeightColumn.class);
        double sx = 0;
        double sy = 0;
        double sz = 0;
        for (int k = 0; k < n; k++) {
            int firm = result.member(cluster, k);
            employment += firms.employment(firm);
            turnover += firms.turnoverInr(firm);
            exports += firms.exportsInr(firm);
            core += result.memberIsCore(cluster, k) ? 1 : 0;
            Trigonometry.unitVector(
                    Math.toRadians(firms.latitude(firm)), Math.toRadians(firms.longitude(firm)), scratch.xyz, 3 * k);
            sx += scratch.xyz[3 * k];
            sy += scratch.xyz[3 * k + 1];
            sz += scratch.xyz[3 * k + 2];
        }
        for (WeightColumn column : firms.layout().weights()) {
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += firms.weight(column, result.member(cluster, k));
            }
            weights.put(column, sum);
        }
        double norm = Math.sqrt(sx * sx + sy * sy + sz * sz);
        double[] c = {sx / norm, sy / norm, sz / norm};
        GeoPoint centroid = new GeoPoint(
                Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, c[2])))), Math.toDegrees(Math.atan2(c[1], c[0])));
        double extentKm = extent(scratch.xyz, n, c);
        double area = hullArea(scratch, n, c);
        int group = result.groupOf(cluster);
        List<Tally> nicCodes = tally(
                result,
                cluster,
                scratch,
                firms::nicIndex,
                i -> firms.nicCodes().get(i),
                firms.nicCodes().size(),
                true);
        return new ClusterSummary(
                cluster,
                result.groups().code(group),
                result.groups().name(group),
                n,
                core,
                n - core,
                employment,
                turnover,
                exports,
                weights,
                centroid,
                extentKm,
                area,
                area >= MIN_AREA_FOR_DENSITY_KM2 ? OptionalDouble.of(n / area) : OptionalDouble.empty(),
                tally(
                        result,
                        cluster,
                        scratch,
                        firms::districtIndex,
                        i -> firms.districtNames().get(i),
                        firms.districtNames().size(),
                        firms.hasPlaces()),
                tally(
                        result,
                        cluster,
                        scratch,
                        firms::stateIndex,
                        i -> firms.stateNames().get(i),
                        firms.stateNames().size(),
                        firms.hasPlaces()),
                nicCodes,
                suppliers(result, cluster, nicCodes, index, centroid, extentKm),
                checks(firms, n, employment, weights, extentKm));
    }

    private static double extent(double[] xyz, int n, double[] c) {
        double widest = 0;
        for (int k = 0; k < n; k++) {
            double dx = xyz[3 * k] - c[0];
            double dy = xyz[3 * k + 1] - c[1];
            double dz = xyz[3 * k + 2] - c[2];
            widest = Math.max(widest, dx * dx + dy * dy + dz * dz);
        }
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(widest) / 2));
    }

    /** The hull area in a Lambert azimuthal equal-area projection centred on the centroid. */
    private static double hullArea(Scratch scratch, int n, double[] c) {
        double horizontal = Math.sqrt(c[0] * c[0] + c[1] * c[1]);
        double[] east =
                horizontal < 1e-12 ? new double[] {0, 1, 0} : new double[] {-c[1] / horizontal, c[0] / horizontal, 0};
        double[] north = {
            c[1] * east[2] - c[2] * east[1], c[2] * east[0] - c[0] * east[2], c[0] * east[1] - c[1] * east[0]
        };
        for (int k = 0; k < n; k++) {
            double px = scratch.xyz[3 * k];
            double py = scratch.xyz[3 * k + 1];
            double pz = scratch.xyz[3 * k + 2];
            double cosC = px * c[0] + py * c[1] + pz * c[2];
            double scale = EARTH_RADIUS_KM * Math.sqrt(2 / Math.max(1e-12, 1 + cosC));
            scratch.x[k] = scale * (px * east[0] + py * east[1] + pz * east[2]);
            scratch.y[k] = scale * (px * north[0] + py * north[1] + pz * north[2]);
        }
        return scratch.hull.area(scratch.x, scratch.y, n);
    }

    private static List<Tally> tally(
            MappingResult result,
            int cluster,
            Scratch scratch,
            IntUnaryOperator indexOf,
            IntFunction<String> name,
            int distinct,
            boolean present) {
        if (!present) {
            return List.of();
        }
        int[] counts = scratch.counts(distinct + 1);
        int[] touched = scratch.touched;
        int touchedCount = 0;
        for (int k = 0; k < result.size(cluster); k++) {
            int value = indexOf.applyAsInt(result.member(cluster, k)) + 1; // 0: unknown
            if (counts[value]++ == 0) {
                touched[touchedCount++] = value;
            }
        }
        List<Tally> tallies = new ArrayList<>(touchedCount);
        for (int t = 0; t < touchedCount; t++) {
            int value = touched[t];
            tallies.add(new Tally(value == 0 ? "unknown" : name.apply(value - 1), counts[value]));
            counts[value] = 0;
        }
        tallies.sort((a, b) -> a.units() != b.units()
                ? Integer.compare(b.units(), a.units())
                : a.name().compareTo(b.name()));
        return tallies;
    }

    private List<SupplierPresence> suppliers(
            MappingResult result,
            int cluster,
            List<Tally> nicCodes,
            SupplierIndex index,
            GeoPoint centroid,
            double extentKm) {
        List<SupplierPresence> found = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (SupplierLink link : suppliers) {
            if (seen.contains(link.supplierNic())
                    || nicCodes.stream().noneMatch(t -> t.name().startsWith(link.industryNic()))) {
                continue;
            }
            seen.add(link.supplierNic());
            double reach = extentKm + result.parameters().epsKm();
            int count = index.count(link.supplierNic(), centroid, reach);
            found.add(new SupplierPresence(link.supplierNic(), link.supplier(), count));
        }
        return found;
    }

    private List<DefinitionCheck> checks(
            Firms firms, int units, double employment, Map<WeightColumn, Double> weights, double extentKm) {
        List<DefinitionCheck> checks = new ArrayList<>();
        for (ClusterDefinition definition : definitions) {
            List<String> reasons = new ArrayList<>();
            CountingUnit unit = definition.unit();
            if (unit.column().isPresent() && !firms.has(unit.column().get())) {
                reasons.add("no " + unit.column().get().columnName() + " column in the input");
            } else {
                double count = switch (unit) {
                    case FIRMS -> units;
                    case EMPLOYMENT -> employment;
                    default -> weights.get(unit.column().get());
                };
                if (count < definition.minimum()) {
                    reasons.add(number(count) + " " + unit.words() + ", needs " + number(definition.minimum()));
                }
            }
            if (definition.radiusKm().isPresent()
                    && extentKm > definition.radiusKm().getAsDouble()) {
                reasons.add(String.format(
                        Locale.ROOT,
                        "extends %.1f km from its centre, limit %s km",
                        extentKm,
                        number(definition.radiusKm().getAsDouble())));
            }
            checks.add(new DefinitionCheck(definition.code(), reasons.isEmpty(), reasons));
        }
        return checks;
    }

    /** A count in words: whole numbers without decimals, others with one. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Per-thread arrays, grown to the largest cluster seen. */
    private static final class Scratch {
        double[] xyz = new double[0];
        double[] x = new double[0];
        double[] y = new double[0];
        int[] touched = new int[0];
        private int[] counts = new int[0];
        final ConvexHull hull = new ConvexHull();

        /** Zeroed counters for values 0..size-1 (callers zero the ones they touch). */
        int[] counts(int size) {
            if (counts.length < size) {
                counts = new int[size];
                touched = new int[size];
            }
            return counts;
        }

        void ensure(int n) {
            if (x.length < n) {
                xyz = new double[3 * n];
                x = new double[n];
                y = new double[n];
            }
        }
    }
}
