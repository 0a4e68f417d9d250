package org.clusterdev.engine.summary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.Progress;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.firms.WeightColumn;
import org.clusterdev.engine.geo.GeoPoint;
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
        progress.update("summarising", 0, 3);
        FirmPasses passes = new FirmPasses(result);
        passes.run(parallelism);
        progress.update("summarising", 1, 3);
        Firms firms = result.firms();
        List<List<Tally>> districts =
                tallies(result, passes, FirmPasses.PLACE, v -> firms.districtNames(), v -> v >>> 16);
        List<List<Tally>> states = tallies(result, passes, FirmPasses.PLACE, v -> firms.stateNames(), v -> v & 0xFFFF);
        List<List<Tally>> nicCodes = tallies(result, passes, FirmPasses.NIC, v -> firms.nicCodes(), v -> v);
        progress.update("summarising", 2, 3);
        SupplierIndex index = new SupplierIndex(result.firms(), suppliers, passes);
        ClusterSummary[] summaries = new ClusterSummary[result.clusterCount()];
        parallelism.forEachChunk(result.clusterCount(), 16, (a, b) -> {
            for (int c = a; c < b; c++) {
                summaries[c] = summary(result, passes, c, districts.get(c), states.get(c), nicCodes.get(c), index);
            }
        });
        progress.update("summarising", 3, 3);
        return List.of(summaries);
    }

    private ClusterSummary summary(
            MappingResult result,
            FirmPasses passes,
            int c,
            List<Tally> districts,
            List<Tally> states,
            List<Tally> nicCodes,
            SupplierIndex index) {
        Firms firms = result.firms();
        Map<WeightColumn, Double> weights = new EnumMap<>(WeightColumn.class);
        for (int w = 0; w < passes.weightColumns().size(); w++) {
            weights.put(passes.weightColumns().get(w), passes.weights[w][c]);
        }
        double[] v = passes.centroid(c);
        GeoPoint centroid = new GeoPoint(
                Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, v[2])))), Math.toDegrees(Math.atan2(v[1], v[0])));
        double extentKm = passes.extentKm(c);
        double area = ConvexHull.area(passes.hullPoints.get(c));
        int units = passes.units[c];
        int group = result.groupOf(c);
        return new ClusterSummary(
                c,
                result.groups().code(group),
                result.groups().name(group),
                units,
                passes.core[c],
                units - passes.core[c],
                passes.employment[c],
                passes.turnover[c],
                passes.exports[c],
                weights,
                centroid,
                extentKm,
                area,
                area >= MIN_AREA_FOR_DENSITY_KM2 ? OptionalDouble.of(units / area) : OptionalDouble.empty(),
                districts,
                states,
                nicCodes,
                suppliers(result, nicCodes, index, centroid, extentKm),
                checks(firms, units, passes.employment[c], weights, extentKm));
    }

    /**
     * The tallies of one kind for every cluster, most units first, then by name; {@code number} extracts the
     * dictionary number + 1 (0: unknown) from a tally value, {@code names} gives the dictionary.
     */
    private static List<List<Tally>> tallies(
            MappingResult result,
            FirmPasses passes,
            int kind,
            java.util.function.IntFunction<List<String>> names,
            java.util.function.IntUnaryOperator number) {
        Firms firms = result.firms();
        List<Map<String, Integer>> counts = new ArrayList<>(result.clusterCount());
        for (int c = 0; c < result.clusterCount(); c++) {
            counts.add(new java.util.HashMap<>());
        }
        if (kind == FirmPasses.PLACE && !firms.hasPlaces()) {
            return counts.stream().map(m -> List.<Tally>of()).toList();
        }
        passes.tallies.forEach((key, count) -> {
            if (FirmPasses.kind(key) == kind) {
                int value = FirmPasses.value(key);
                int numbered = number.applyAsInt(value) - 1;
                String name = numbered < 0 ? "unknown" : names.apply(value).get(numbered);
                counts.get(FirmPasses.cluster(key)).merge(name, count, Integer::sum);
            }
        });
        List<List<Tally>> tallies = new ArrayList<>(counts.size());
        for (Map<String, Integer> byName : counts) {
            List<Tally> list = new ArrayList<>(byName.size());
            byName.forEach((name, count) -> list.add(new Tally(name, count)));
            list.sort((a, b) -> a.units() != b.units()
                    ? Integer.compare(b.units(), a.units())
                    : a.name().compareTo(b.name()));
            tallies.add(list);
        }
        return tallies;
    }

    private List<SupplierPresence> suppliers(
            MappingResult result, List<Tally> nicCodes, SupplierIndex index, GeoPoint centroid, double extentKm) {
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
}
