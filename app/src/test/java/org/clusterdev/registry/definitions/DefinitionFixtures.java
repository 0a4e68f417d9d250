package org.clusterdev.registry.definitions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.registry.ClusterDefinition;
import org.clusterdev.registry.ClusterDefinition.Region;
import org.clusterdev.registry.ClusterDefinition.Relaxation;
import org.clusterdev.registry.ClusterDefinition.Unit;

/** Definitions as seeded from 004 Table 1.4, and clusters built figure by figure, for the rule tests. */
final class DefinitionFixtures {

    static final ClusterExtent.Point CENTRE = new ClusterExtent.Point(26.0, 91.0);

    private DefinitionFixtures() {}

    static ClusterDefinition ihcdp() {
        return definition("IHCDP_HANDLOOM", "HANDLOOM", Unit.LOOMS, 500).build();
    }

    static ClusterDefinition dcHandicrafts() {
        return definition("DC_HANDICRAFTS", "HANDICRAFT", Unit.ARTISANS, 100)
                .relaxed(Region.NORTH_EAST, 50)
                .relaxed(Region.JAMMU_KASHMIR, 50)
                .relaxed(Region.HILLY, 50)
                .build();
    }

    static ClusterDefinition odishaHandicraft() {
        return definition("ODISHA_HANDICRAFT", "HANDICRAFT", Unit.ARTISANS, 100)
                .radius(5)
                .condition("Traditional artisans practising the same craft")
                .relaxed(Region.KBK, 50)
                .build();
    }

    static DefinitionBuilder definition(String code, String appliesTo, Unit unit, long minimum) {
        return new DefinitionBuilder(code, appliesTo, unit, BigDecimal.valueOf(minimum));
    }

    /** A cluster found in enterprise data: no typology yet. */
    static ClusterBuilder candidate() {
        return new ClusterBuilder(null);
    }

    static ClusterBuilder cluster(String typology) {
        return new ClusterBuilder(typology);
    }

    static final class DefinitionBuilder {
        private final String code;
        private final String appliesTo;
        private final Unit unit;
        private final BigDecimal minimum;
        private Optional<BigDecimal> maximum = Optional.empty();
        private Optional<BigDecimal> radius = Optional.empty();
        private Optional<BigDecimal> travel = Optional.empty();
        private Optional<String> condition = Optional.empty();
        private final List<Relaxation> relaxations = new java.util.ArrayList<>();

        DefinitionBuilder(String code, String appliesTo, Unit unit, BigDecimal minimum) {
            this.code = code;
            this.appliesTo = appliesTo;
            this.unit = unit;
            this.minimum = minimum;
        }

        DefinitionBuilder maximum(long value) {
            maximum = Optional.of(BigDecimal.valueOf(value));
            return this;
        }

        DefinitionBuilder radius(long km) {
            radius = Optional.of(BigDecimal.valueOf(km));
            return this;
        }

        DefinitionBuilder travel(long hours) {
            travel = Optional.of(BigDecimal.valueOf(hours));
            return this;
        }

        DefinitionBuilder condition(String text) {
            condition = Optional.of(text);
            return this;
        }

        DefinitionBuilder relaxed(Region region, long value) {
            relaxations.add(new Relaxation(region, BigDecimal.valueOf(value), "004 Table 1.4"));
            return this;
        }

        ClusterDefinition build() {
            return new ClusterDefinition(
                    code,
                    "Institution of " + code,
                    "Definition " + code,
                    Optional.ofNullable(appliesTo),
                    unit,
                    minimum,
                    maximum,
                    radius,
                    travel,
                    Optional.empty(),
                    condition,
                    relaxations,
                    true,
                    "004 Table 1.4",
                    "as worded",
                    0);
        }
    }

    static final class ClusterBuilder {
        private final Optional<String> typology;
        private Optional<Double> measuredExtentKm = Optional.empty();
        private Optional<String> parent = Optional.empty();
        private Set<Region> regions = Set.of();
        private boolean districtKnown = true;
        private Optional<String> places = Optional.empty();
        private List<String> nicCodes = List.of();
        private String nameAndProduct = "A cluster";
        private Optional<String> boundary = Optional.empty();
        private ClusterFacts.Figures figures = ClusterFacts.Figures.none();

        ClusterBuilder(String typology) {
            this.typology = Optional.ofNullable(typology);
            if (typology != null
                    && Set.of("HANDLOOM", "HANDICRAFT", "OTHER_MICRO").contains(typology)) {
                parent = Optional.of("MICRO");
            }
        }

        ClusterBuilder measuredExtentKm(double km) {
            measuredExtentKm = Optional.of(km);
            return this;
        }

        ClusterBuilder in(Region... inRegions) {
            regions = Set.of(inRegions);
            return this;
        }

        ClusterBuilder withoutDistrict() {
            districtKnown = false;
            return this;
        }

        ClusterBuilder places(String value) {
            places = Optional.of(value);
            return this;
        }

        ClusterBuilder nic(String... codes) {
            nicCodes = List.of(codes);
            return this;
        }

        ClusterBuilder nameAndProduct(String value) {
            nameAndProduct = value;
            return this;
        }

        ClusterBuilder boundary(String geojson) {
            boundary = Optional.of(geojson);
            return this;
        }

        ClusterBuilder enterprises(long value) {
            figures = new ClusterFacts.Figures(
                    Optional.of(2007),
                    Optional.of(value),
                    figures.artisans(),
                    figures.looms(),
                    figures.families(),
                    figures.employment(),
                    figures.turnoverRupees(),
                    figures.exportsRupees(),
                    figures.minorityShare());
            return this;
        }

        ClusterBuilder artisans(long value) {
            figures = new ClusterFacts.Figures(
                    Optional.of(2007),
                    figures.enterprises(),
                    Optional.of(value),
                    figures.looms(),
                    figures.families(),
                    figures.employment(),
                    figures.turnoverRupees(),
                    figures.exportsRupees(),
                    figures.minorityShare());
            return this;
        }

        ClusterBuilder looms(long value) {
            figures = new ClusterFacts.Figures(
                    Optional.of(2007),
                    figures.enterprises(),
                    figures.artisans(),
                    Optional.of(value),
                    figures.families(),
                    figures.employment(),
                    figures.turnoverRupees(),
                    figures.exportsRupees(),
                    figures.minorityShare());
            return this;
        }

        ClusterBuilder minorityShare(String percent) {
            figures = new ClusterFacts.Figures(
                    Optional.of(2007),
                    figures.enterprises(),
                    figures.artisans(),
                    figures.looms(),
                    figures.families(),
                    figures.employment(),
                    figures.turnoverRupees(),
                    figures.exportsRupees(),
                    Optional.of(new BigDecimal(percent)));
            return this;
        }

        ClusterBuilder figures(ClusterFacts.Figures value) {
            figures = value;
            return this;
        }

        ClusterFacts build() {
            return new ClusterFacts(
                    typology,
                    parent,
                    regions,
                    districtKnown,
                    places,
                    nicCodes,
                    nameAndProduct,
                    CENTRE,
                    boundary,
                    figures,
                    measuredExtentKm);
        }
    }
}
