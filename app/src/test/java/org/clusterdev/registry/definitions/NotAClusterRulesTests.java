package org.clusterdev.registry.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterdev.registry.definitions.DefinitionFixtures.cluster;

import org.clusterdev.registry.NotAClusterWarning;
import org.clusterdev.registry.NotAClusterWarning.Kind;
import org.clusterdev.registry.Reason;
import org.junit.jupiter.api.Test;

class NotAClusterRulesTests {

    @Test
    void anOrdinaryClusterRaisesNoWarning() {
        var konark = cluster("HANDICRAFT")
                .nic("2396")
                .nameAndProduct("Konark Stone Carving Hand-carved stone products")
                .enterprises(66)
                .artisans(750)
                .build();

        assertThat(NotAClusterRules.warnings(konark)).isEmpty();
    }

    @Test
    void aSectorKnownOnlyByItsStateIsWarnedAbout() {
        var sector = cluster("OTHER_MICRO").withoutDistrict().enterprises(5000).build();
        var withPlaces = cluster("OTHER_MICRO")
                .withoutDistrict()
                .places("Alappuzha, Cherthala")
                .build();

        assertThat(NotAClusterRules.warnings(sector))
                .containsExactly(
                        new NotAClusterWarning(Kind.STATE_WIDE_SECTOR, Reason.of("definitions.warning.stateWide")));
        assertThat(NotAClusterRules.warnings(withPlaces)).isEmpty();
    }

    @Test
    void productsInThreeOrMoreNicDivisionsLookLikeAMultiProductEstate() {
        var estate = cluster("TRADITIONAL_MANUFACTURING")
                .nic("2599", "1520", "2822", "2593")
                .build();
        var knitwear = cluster("TRADITIONAL_MANUFACTURING").nic("1430", "1312").build();

        assertThat(NotAClusterRules.warnings(estate))
                .containsExactly(new NotAClusterWarning(
                        Kind.MULTI_PRODUCT, Reason.of("definitions.warning.multiProduct", 3, "15, 25, 28")));
        assertThat(NotAClusterRules.warnings(knitwear))
                .as("textiles and apparel are related")
                .isEmpty();
    }

    @Test
    void aHandfulOfFirmsIsASmallNetwork() {
        assertThat(NotAClusterRules.warnings(
                        cluster("TRADITIONAL_MANUFACTURING").enterprises(6).build()))
                .extracting(NotAClusterWarning::kind)
                .containsExactly(Kind.SMALL_NETWORK);
        assertThat(NotAClusterRules.warnings(cluster("HANDICRAFT").artisans(8).build()))
                .extracting(NotAClusterWarning::kind)
                .containsExactly(Kind.SMALL_NETWORK);
    }

    @Test
    void aCooperativeIsWarnedAboutInEnglishOrHindi() {
        assertThat(NotAClusterRules.warnings(cluster("HANDLOOM")
                        .nameAndProduct("Kota Weavers Co-operative Society handloom saris")
                        .build()))
                .extracting(NotAClusterWarning::kind)
                .containsExactly(Kind.COOPERATIVE);
        assertThat(NotAClusterRules.warnings(
                        cluster("HANDLOOM").nameAndProduct("बुनकर सहकारी समिति").build()))
                .extracting(NotAClusterWarning::kind)
                .containsExactly(Kind.COOPERATIVE);
        assertThat(NotAClusterRules.warnings(cluster("HANDLOOM")
                        .nameAndProduct("Cooperation among weavers")
                        .build()))
                .isEmpty();
    }
}
