package org.clusterdev.programme.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clusterdev.programme.CatalogueActivity;
import org.clusterdev.programme.PlanActivityDraft;
import org.clusterdev.programme.PlanTerms;
import org.clusterdev.programme.StudyFinding;
import org.clusterdev.programme.SupportKind;
import org.junit.jupiter.api.Test;

class PlanSeedsTests {

    static final List<CatalogueActivity> CATALOGUE = List.of(
            new CatalogueActivity(
                    "MD01", "MARKET_DEVELOPMENT", "Market survey", SupportKind.SOFT, "MARKETING", "OTHER_SOFT", false),
            new CatalogueActivity(
                    "MD02",
                    "MARKET_DEVELOPMENT",
                    "Product development",
                    SupportKind.SOFT,
                    "MARKETING",
                    "OTHER_SOFT",
                    false),
            new CatalogueActivity(
                    "TU01",
                    "TECHNOLOGY_UPGRADATION",
                    "Technology mapping",
                    SupportKind.SOFT,
                    "PRODUCTIVITY_COMPETITIVENESS",
                    "OTHER_SOFT",
                    false));

    @Test
    void eachProblemOfTheStudySeedsADraftActivityOfItsThemeAndOpportunitiesDoNot() {
        PlanTerms terms =
                new PlanTerms(LocalDate.of(2027, 4, 1), 3, Optional.empty(), Optional.empty(), Optional.empty());
        List<PlanActivityDraft> seeds = PlanSeeds.from(
                List.of(
                        new StudyFinding(
                                "MARKET_DEVELOPMENT", StudyFinding.Kind.PROBLEM, "Sales only to local traders"),
                        new StudyFinding("TECHNOLOGY_UPGRADATION", StudyFinding.Kind.OPPORTUNITY, "CMTI nearby"),
                        new StudyFinding("TECHNOLOGY_UPGRADATION", StudyFinding.Kind.PROBLEM, "Rejections at 12%"),
                        new StudyFinding("UNKNOWN_THEME", StudyFinding.Kind.PROBLEM, "Something else")),
                CATALOGUE,
                terms);
        assertThat(seeds).extracting(PlanActivityDraft::activityTypeCode).containsExactly("MD01", "TU01");
        assertThat(seeds.get(1).title()).isEqualTo("Rejections at 12%");
        assertThat(seeds.get(1).startsOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(seeds.get(1).endsOn()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(seeds.get(1).lines()).isEmpty();
    }
}
