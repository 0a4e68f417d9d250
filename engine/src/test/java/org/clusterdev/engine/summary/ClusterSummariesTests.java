package org.clusterdev.engine.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.Progress;
import org.clusterdev.engine.density.DensityParameters;
import org.clusterdev.engine.firms.Firm;
import org.clusterdev.engine.firms.FirmColumns;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.firms.WeightColumn;
import org.clusterdev.engine.geo.GreatCircle;
import org.clusterdev.engine.groups.Grouping;
import org.clusterdev.engine.io.ClusterDefinitionsCsv;
import org.clusterdev.engine.io.SupplierLinksCsv;
import org.clusterdev.engine.mapping.ClusterMapping;
import org.clusterdev.engine.mapping.MappingResult;
import org.junit.jupiter.api.Test;

class ClusterSummariesTests {

    private static final double LAT = 25.3176;
    private static final double LON = 82.9739;

    /** 150 silk weavers on a 10 x 15 grid, 0.2 km apart, 2 looms each; 3 spinners nearby; a lone firm far off. */
    private static Firms varanasi() {
        List<Firm> firms = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 15; j++) {
                firms.add(Firm.of(
                                "w" + i + "-" + j,
                                LAT + north(0.2 * i),
                                LON + east(0.2 * j),
                                "13122",
                                3,
                                400000,
                                i == 0 ? 100000 : 0)
                        .withWeights(0, 2, 0)
                        .withPlace(j < 12 ? "Varanasi" : "Chandauli", "Uttar Pradesh"));
            }
        }
        for (int k = 0; k < 3; k++) {
            firms.add(Firm.of("s" + k, LAT + north(1.0), LON + east(3.0 + k * 0.1), "13111", 10, 0, 0)
                    .withPlace("Varanasi", "Uttar Pradesh"));
        }
        firms.add(Firm.of("far", LAT + 1, LON, "13122", 1, 0, 0).withPlace("Jaunpur", "Uttar Pradesh"));
        return Firms.of(
                new FirmColumns.Layout(EnumSet.of(WeightColumn.ARTISANS, WeightColumn.LOOMS), false, true, false),
                firms);
    }

    private static ClusterSummary summariseWeavers(List<ClusterDefinition> definitions) {
        try (Parallelism parallelism = Parallelism.threads(2)) {
            Firms firms = varanasi();
            MappingResult result = new ClusterMapping(DensityParameters.of(0.5, 5), Optional.empty())
                    .map(firms, Grouping.byNicPrefix(4).assign(firms), parallelism, Progress.none());
            List<ClusterSummary> summaries = new ClusterSummaries(definitions, SupplierLinksCsv.defaults())
                    .summarise(result, parallelism, Progress.none());
            assertThat(summaries).hasSize(1);
            return summaries.get(0);
        }
    }

    @Test
    void addsUpUnitsEmploymentMoneyAndWeights() {
        ClusterSummary summary = summariseWeavers(ClusterDefinitionsCsv.defaults());
        assertThat(summary.group()).isEqualTo("1312");
        assertThat(summary.units()).isEqualTo(150);
        assertThat(summary.coreUnits() + summary.borderUnits()).isEqualTo(150);
        assertThat(summary.employment()).isEqualTo(450);
        assertThat(summary.turnoverInr()).isEqualTo(60_000_000);
        assertThat(summary.exportsInr()).isEqualTo(1_500_000);
        assertThat(summary.weights())
                .containsEntry(WeightColumn.LOOMS, 300.0)
                .containsEntry(WeightColumn.ARTISANS, 0.0);
    }

    @Test
    void measuresCentroidExtentHullAndDensity() {
        ClusterSummary summary = summariseWeavers(ClusterDefinitionsCsv.defaults());
        assertThat(summary.centroid().latitude()).isCloseTo(LAT + north(0.9), within(1e-4));
        assertThat(summary.centroid().longitude()).isCloseTo(LON + east(1.4), within(1e-4));
        assertThat(summary.extentKm()).isCloseTo(Math.hypot(0.9, 1.4), within(0.01));
        assertThat(summary.hullAreaKm2()).isCloseTo(1.8 * 2.8, within(0.02));
        assertThat(summary.densityPerKm2().getAsDouble()).isCloseTo(150 / 5.04, within(0.2));
    }

    @Test
    void listsDistrictsStatesNicCodesAndSupplierIndustriesNearby() {
        ClusterSummary summary = summariseWeavers(ClusterDefinitionsCsv.defaults());
        assertThat(summary.districts()).containsExactly(new Tally("Varanasi", 120), new Tally("Chandauli", 30));
        assertThat(summary.states()).containsExactly(new Tally("Uttar Pradesh", 150));
        assertThat(summary.nicCodes()).containsExactly(new Tally("13122", 150));
        assertThat(summary.breadth()).isEqualTo(1);
        assertThat(summary.suppliers())
                .contains(new SupplierPresence("1311", "spinning of textile fibres", 3))
                .contains(new SupplierPresence("2826", "textile machinery", 0));
        assertThat(summary.suppliersPresent()).isEqualTo(1);
    }

    @Test
    void saysWhichDefinitionsTheClusterMeetsAndWhyNot() {
        List<ClusterDefinition> definitions = new ArrayList<>(ClusterDefinitionsCsv.defaults());
        definitions.add(new ClusterDefinition(
                "tight", "within a kilometre", CountingUnit.FIRMS, 200, OptionalDouble.of(1), "test"));
        definitions.add(new ClusterDefinition(
                "families", "500 families", CountingUnit.FAMILIES, 500, OptionalDouble.empty(), "test"));
        ClusterSummary summary = summariseWeavers(definitions);
        assertThat(summary.definitions())
                .extracting(DefinitionCheck::code, DefinitionCheck::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("discussants", "yes"),
                        org.assertj.core.groups.Tuple.tuple("gujarat", "yes"),
                        org.assertj.core.groups.Tuple.tuple("unido", "yes"),
                        org.assertj.core.groups.Tuple.tuple("dc-handicrafts", "no: 0 artisans, needs 100"),
                        org.assertj.core.groups.Tuple.tuple("ihcdp", "no: 300 looms, needs 500"),
                        org.assertj.core.groups.Tuple.tuple(
                                "tight", "no: 150 units, needs 200; extends 1.7 km from its centre, limit 1 km"),
                        org.assertj.core.groups.Tuple.tuple("families", "no: no families column in the input"));
    }

    @Test
    void neverCutsAContiguousClusterToFitARadius() {
        ClusterSummary summary = summariseWeavers(List.of(new ClusterDefinition(
                "small", "within 500 m", CountingUnit.FIRMS, 10, OptionalDouble.of(0.5), "test")));
        assertThat(summary.units()).isEqualTo(150);
        assertThat(summary.definitions().get(0).met()).isFalse();
    }

    static double north(double km) {
        return Math.toDegrees(km / GreatCircle.EARTH_RADIUS_KM);
    }

    static double east(double km) {
        return Math.toDegrees(km / GreatCircle.EARTH_RADIUS_KM / Math.cos(Math.toRadians(LAT)));
    }
}
