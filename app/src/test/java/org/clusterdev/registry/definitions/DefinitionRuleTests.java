package org.clusterdev.registry.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterdev.registry.definitions.DefinitionFixtures.candidate;
import static org.clusterdev.registry.definitions.DefinitionFixtures.cluster;
import static org.clusterdev.registry.definitions.DefinitionFixtures.dcHandicrafts;
import static org.clusterdev.registry.definitions.DefinitionFixtures.definition;
import static org.clusterdev.registry.definitions.DefinitionFixtures.ihcdp;
import static org.clusterdev.registry.definitions.DefinitionFixtures.odishaHandicraft;

import java.math.BigDecimal;
import org.clusterdev.registry.ClusterDefinition.Region;
import org.clusterdev.registry.ClusterDefinition.Unit;
import org.clusterdev.registry.DefinitionVerdict;
import org.clusterdev.registry.DefinitionVerdict.Outcome;
import org.clusterdev.registry.Reason;
import org.clusterdev.registry.Reason.Key;
import org.junit.jupiter.api.Test;

class DefinitionRuleTests {

    static final Key LOOMS = new Key("definitions.unit.LOOMS");
    static final Key ARTISANS = new Key("definitions.unit.ARTISANS");

    /** A square about 3.3 km from the centre to each side (4.5 km to a corner). */
    static final String SMALL_BOUNDARY = """
            {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":
             [[[90.97,25.97],[91.03,25.97],[91.03,26.03],[90.97,26.03],[90.97,25.97]]]}}""";

    /** A square reaching about 15 km from the centre to a corner. */
    static final String LARGE_BOUNDARY = """
            {"type":"Polygon","coordinates":[[[90.9,25.9],[91.1,25.9],[91.1,26.1],[90.9,26.1],[90.9,25.9]]]}""";

    @Test
    void handloomClusterWith63LoomsMissesIhcdpBecauseItNeeds500() {
        DefinitionVerdict verdict =
                DefinitionRule.evaluate(ihcdp(), cluster("HANDLOOM").looms(63).build());

        assertThat(verdict.outcome()).isEqualTo(Outcome.MISSED);
        assertThat(verdict.reasons())
                .containsExactly(Reason.of("definitions.reason.below", 63L, LOOMS, new BigDecimal("500")));
    }

    @Test
    void aCandidateWithoutTypologyIsCheckedAgainstADefinitionWrittenForHandlooms() {
        DefinitionVerdict verdict =
                DefinitionRule.evaluate(ihcdp(), candidate().looms(63).build());

        assertThat(verdict.outcome()).isEqualTo(Outcome.MISSED);
        assertThat(verdict.reasons())
                .containsExactly(Reason.of("definitions.reason.below", 63L, LOOMS, new BigDecimal("500")));
    }

    @Test
    void aCandidateReachingFartherThanTheSpatialLimitMissesItOnTheExtentOfItsMembers() {
        DefinitionVerdict verdict = DefinitionRule.evaluate(
                definition("GUJARAT", null, Unit.FIRMS, 50).radius(10).build(),
                candidate().enterprises(60).measuredExtentKm(12.34).build());

        assertThat(verdict.outcome()).isEqualTo(Outcome.MISSED);
        assertThat(verdict.reasons())
                .contains(Reason.of("definitions.reason.beyondRadius", new BigDecimal("12.3"), new BigDecimal("10")));
    }

    @Test
    void northEastHandicraftClusterWith60ArtisansMeetsDcHandicraftsThanksToTheRelaxationTo50() {
        DefinitionVerdict verdict = DefinitionRule.evaluate(
                dcHandicrafts(),
                cluster("HANDICRAFT")
                        .in(Region.NORTH_EAST, Region.HILLY)
                        .artisans(60)
                        .build());

        assertThat(verdict.outcome()).isEqualTo(Outcome.MET);
        assertThat(verdict.reasons())
                .containsExactly(Reason.of(
                        "definitions.reason.enoughRelaxed",
                        60L,
                        ARTISANS,
                        new BigDecimal("50"),
                        new Key("definitions.region.NORTH_EAST"),
                        new BigDecimal("100")));
    }

    @Test
    void theSame60ArtisansOutsideTheRelaxedRegionsMissDcHandicrafts() {
        DefinitionVerdict verdict = DefinitionRule.evaluate(
                dcHandicrafts(), cluster("HANDICRAFT").artisans(60).build());

        assertThat(verdict.outcome()).isEqualTo(Outcome.MISSED);
        assertThat(verdict.reasons())
                .containsExactly(Reason.of("definitions.reason.below", 60L, ARTISANS, new BigDecimal("100")));
    }

    @Test
    void kbkDistrictsNeedOnly50ArtisansForTheOdishaDefinitionWhoseConditionIsOnlyNoted() {
        DefinitionVerdict verdict = DefinitionRule.evaluate(
                odishaHandicraft(),
                cluster("HANDICRAFT").in(Region.KBK).artisans(55).build());

        assertThat(verdict.outcome()).isEqualTo(Outcome.MET);
        assertThat(verdict.reasons()).extracting(Reason::key).containsExactly("definitions.reason.enoughRelaxed");
        assertThat(verdict.notes())
                .containsExactly(
                        Reason.of("definitions.note.extentUnknown", new BigDecimal("5")),
                        Reason.of("definitions.note.condition", "Traditional artisans practising the same craft"));
    }

    @Test
    void clusterWithoutTheNeededFigureGivesCannotTell() {
        DefinitionVerdict verdict = DefinitionRule.evaluate(
                ihcdp(), cluster("HANDLOOM").enterprises(400).build());

        assertThat(verdict.outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(verdict.reasons()).containsExactly(Reason.of("definitions.reason.missing", LOOMS));
    }

    @Test
    void unitsTheRegistryDoesNotRecordGiveCannotTell() {
        var nabard = definition("NABARD_SHG", "MICRO", Unit.SHG_MEMBERS, 50)
                .maximum(200)
                .build();

        DefinitionVerdict verdict = DefinitionRule.evaluate(
                nabard, cluster("OTHER_MICRO").enterprises(120).build());

        assertThat(verdict.outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(verdict.reasons())
                .containsExactly(Reason.of("definitions.reason.unrecorded", new Key("definitions.unit.SHG_MEMBERS")));
    }

    @Test
    void definitionWrittenForAnotherTypologyIsMissedAndSaysWhy() {
        DefinitionVerdict verdict = DefinitionRule.evaluate(
                ihcdp(), cluster("TRADITIONAL_MANUFACTURING").enterprises(4000).build());

        assertThat(verdict.outcome()).isEqualTo(Outcome.MISSED);
        assertThat(verdict.reasons())
                .containsExactly(Reason.of(
                        "definitions.reason.typology",
                        new Key("typology.HANDLOOM"),
                        new Key("typology.TRADITIONAL_MANUFACTURING")));
    }

    @Test
    void aDefinitionForMicroEnterprisesAppliesToHandloomClusters() {
        var micro = definition("SOME_MICRO", "MICRO", Unit.LOOMS, 100).build();

        assertThat(DefinitionRule.evaluate(micro, cluster("HANDLOOM").looms(150).build())
                        .outcome())
                .isEqualTo(Outcome.MET);
    }

    @Test
    void aMaximumIsALimitToo() {
        var nabardLike = definition("CAPPED", null, Unit.FIRMS, 50).maximum(200).build();

        DefinitionVerdict verdict = DefinitionRule.evaluate(
                nabardLike, cluster("OTHER_MICRO").enterprises(350).build());

        assertThat(verdict.outcome()).isEqualTo(Outcome.MISSED);
        assertThat(verdict.reasons())
                .contains(Reason.of(
                        "definitions.reason.above", 350L, new Key("definitions.unit.FIRMS"), new BigDecimal("200")));
    }

    @Test
    void minorityShareMustBeMoreThanTheMinimumNotEqualToIt() {
        var nmdfc = definition("NMDFC", "HANDLOOM", Unit.POPULATION_SHARE, 75)
                .condition("More than 75% of the population are minorities")
                .build();

        DefinitionVerdict exactly = DefinitionRule.evaluate(
                nmdfc, cluster("HANDLOOM").minorityShare("75.00").build());
        DefinitionVerdict more = DefinitionRule.evaluate(
                nmdfc, cluster("HANDLOOM").minorityShare("80.5").build());
        DefinitionVerdict unknown =
                DefinitionRule.evaluate(nmdfc, cluster("HANDLOOM").build());

        assertThat(exactly.outcome()).isEqualTo(Outcome.MISSED);
        assertThat(exactly.reasons())
                .containsExactly(
                        Reason.of("definitions.reason.shareBelow", new BigDecimal("75"), new BigDecimal("75")));
        assertThat(more.outcome()).isEqualTo(Outcome.MET);
        assertThat(more.notes())
                .as("the share is the condition, checked, not noted")
                .isEmpty();
        assertThat(unknown.outcome()).isEqualTo(Outcome.CANNOT_TELL);
    }

    @Test
    void aDrawnBoundaryWithinTheRadiusIsReportedAsMet() {
        var gujarat = definition("GUJARAT", null, Unit.FIRMS, 50).radius(10).build();

        DefinitionVerdict verdict = DefinitionRule.evaluate(
                gujarat,
                cluster("TRADITIONAL_MANUFACTURING")
                        .enterprises(80)
                        .boundary(SMALL_BOUNDARY)
                        .build());

        assertThat(verdict.outcome()).isEqualTo(Outcome.MET);
        assertThat(verdict.reasons()).extracting(Reason::key).contains("definitions.reason.withinRadius");
        assertThat(verdict.notes()).isEmpty();
    }

    @Test
    void aBoundaryBeyondTheRadiusMissesTheDefinitionUnlessATravelTimeIsAnAlternative() {
        var gujarat = definition("GUJARAT", null, Unit.FIRMS, 50).radius(10).build();
        var discussants = definition("DISCUSSANTS", null, Unit.FIRMS, 100)
                .radius(25)
                .travel(2)
                .build();
        var large = cluster("TRADITIONAL_MANUFACTURING")
                .enterprises(150)
                .boundary(LARGE_BOUNDARY)
                .build();

        DefinitionVerdict beyond = DefinitionRule.evaluate(gujarat, large);
        assertThat(beyond.outcome()).isEqualTo(Outcome.MISSED);
        assertThat(beyond.reasons()).extracting(Reason::key).contains("definitions.reason.beyondRadius");
        assertThat(beyond.reasons().get(1).args().get(0))
                .isInstanceOfSatisfying(
                        BigDecimal.class, km -> assertThat(km).isBetween(new BigDecimal("14"), new BigDecimal("16")));

        var withTravel =
                definition("WIDE", null, Unit.FIRMS, 100).radius(10).travel(2).build();
        assertThat(DefinitionRule.evaluate(withTravel, large).outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(DefinitionRule.evaluate(discussants, large).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void withoutABoundaryTheExtentIsNotedAsUnknownAndTheCountDecides() {
        var gujarat = definition("GUJARAT", null, Unit.FIRMS, 50).radius(10).build();

        DefinitionVerdict verdict = DefinitionRule.evaluate(
                gujarat, cluster("TRADITIONAL_MANUFACTURING").enterprises(145).build());

        assertThat(verdict.outcome()).isEqualTo(Outcome.MET);
        assertThat(verdict.notes()).containsExactly(Reason.of("definitions.note.extentUnknown", new BigDecimal("10")));
    }

    @Test
    void aDefinitionWithOnlyATravelTimeCannotBeToldFromTheRegistry() {
        var travelOnly =
                definition("DC_MSME_TRAVEL_TIME", null, Unit.FIRMS, 0).travel(2).build();

        DefinitionVerdict verdict = DefinitionRule.evaluate(
                travelOnly,
                cluster("TRADITIONAL_MANUFACTURING").enterprises(700).build());

        assertThat(verdict.outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(verdict.reasons()).containsExactly(Reason.of("definitions.reason.nothingToCheck"));
        assertThat(verdict.notes()).containsExactly(Reason.of("definitions.note.travel", new BigDecimal("2")));
    }

    @Test
    void anUnreadableBoundaryCountsAsAnUnknownExtent() {
        assertThat(ClusterExtent.radiusKm(DefinitionFixtures.CENTRE, java.util.Optional.of("not json")))
                .isEmpty();
        assertThat(ClusterExtent.radiusKm(DefinitionFixtures.CENTRE, java.util.Optional.of(SMALL_BOUNDARY)))
                .hasValueSatisfying(km -> assertThat(km).isBetween(4.0, 5.0));
    }
}
