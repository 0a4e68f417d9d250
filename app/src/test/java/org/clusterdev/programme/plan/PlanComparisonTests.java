package org.clusterdev.programme.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clusterdev.programme.FundingSource;
import org.clusterdev.programme.PlanActivity;
import org.clusterdev.programme.PlanBudgetLine;
import org.clusterdev.programme.PlanDiff;
import org.clusterdev.programme.PlanDiff.Kind;
import org.clusterdev.programme.PlanTerms;
import org.clusterdev.programme.PlanVersion;
import org.clusterdev.programme.SupportKind;
import org.junit.jupiter.api.Test;

class PlanComparisonTests {

    static final LocalDate START = LocalDate.of(2027, 4, 1);

    @Test
    void showsAddedRemovedAndChangedActivitiesWithTheirFieldsAndBudgetDeltas() {
        PlanVersion first = version(1, 5, fair(1, 500_000), survey(2), visit(3));
        PlanActivity longerFair = new PlanActivity(
                1,
                "MD14",
                "Trade fair",
                "Trade fair at Pragati Maidan",
                "MARKETING",
                "OTHER_SOFT",
                SupportKind.SOFT,
                false,
                START,
                START.plusMonths(3),
                "Association",
                "2 fairs",
                "orders booked",
                List.of(line(1, 1, FundingSource.CENTRAL, 700_000), line(1, 1, FundingSource.STATE, 100_000)));
        PlanVersion second = version(2, 5, longerFair, survey(2), showroom(4));

        PlanDiff diff = PlanComparison.between(first, second);

        assertThat(diff.from()).isEqualTo(1);
        assertThat(diff.to()).isEqualTo(2);
        assertThat(diff.reason()).isEqualTo("revision 2");
        assertThat(diff.activities())
                .extracting(PlanDiff.ActivityChange::kind, PlanDiff.ActivityChange::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, 1),
                        org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, 3),
                        org.assertj.core.groups.Tuple.tuple(Kind.ADDED, 4));
        PlanDiff.ActivityChange fair = diff.activities().get(0);
        assertThat(fair.fields()).extracting(PlanDiff.FieldChange::field).containsExactly("endsOn", "budget");
        assertThat(fair.fields().get(0).before()).isEqualTo("2027-06-01");
        assertThat(fair.fields().get(0).after()).isEqualTo("2027-07-01");
        assertThat(fair.budgetDelta()).isEqualTo(300_000);
        assertThat(diff.activities().get(1).budgetDelta()).isEqualTo(-200_000);
        assertThat(diff.activities().get(2).budgetDelta()).isEqualTo(2_000_000);
        assertThat(diff.bySource())
                .containsEntry(FundingSource.CENTRAL, 200_000L + 1_000_000L - 200_000L)
                .containsEntry(FundingSource.STATE, 100_000L)
                .containsEntry(FundingSource.BENEFICIARY, 1_000_000L);
        assertThat(diff.byYear()).containsEntry(1, 100_000L).containsEntry(2, 2_000_000L);
        assertThat(diff.totalDelta()).isEqualTo(2_100_000);
    }

    @Test
    void reportsChangedTermsAndNothingForIdenticalVersions() {
        PlanVersion first = version(1, 5, fair(1, 500_000));
        assertThat(PlanComparison.between(first, version(2, 5, fair(1, 500_000)))
                        .isEmpty())
                .isTrue();

        PlanDiff diff = PlanComparison.between(first, version(2, 4, fair(1, 500_000)));
        assertThat(diff.terms()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("durationYears");
            assertThat(change.before()).isEqualTo("5");
            assertThat(change.after()).isEqualTo("4");
        });
        assertThat(diff.activities()).isEmpty();
    }

    static PlanVersion version(int number, int years, PlanActivity... activities) {
        return new PlanVersion(
                number,
                number,
                PlanVersion.Status.APPROVED,
                "revision " + number,
                "cda",
                Instant.EPOCH,
                Optional.of("cell"),
                Optional.of(Instant.EPOCH),
                new PlanTerms(START, years, Optional.empty(), Optional.empty(), Optional.empty()),
                List.of(activities),
                List.of(line(0, 1, FundingSource.CENTRAL, 100_000)));
    }

    static PlanActivity fair(int key, long central) {
        return new PlanActivity(
                key,
                "MD14",
                "Trade fair",
                "Trade fair at Pragati Maidan",
                "MARKETING",
                "OTHER_SOFT",
                SupportKind.SOFT,
                false,
                START,
                START.plusMonths(2),
                "Association",
                "2 fairs",
                "orders booked",
                List.of(line(key, 1, FundingSource.CENTRAL, central)));
    }

    static PlanActivity survey(int key) {
        return new PlanActivity(
                key,
                "MD01",
                "Market survey",
                "Survey of export markets",
                "MARKETING",
                "OTHER_SOFT",
                SupportKind.SOFT,
                false,
                START,
                START.plusMonths(4),
                "CDA",
                "report",
                "markets found",
                List.of(line(key, 1, FundingSource.CENTRAL, 300_000)));
    }

    static PlanActivity visit(int key) {
        return new PlanActivity(
                key,
                "TB04",
                "Cluster visit",
                "Visit to Trichy",
                "LOCAL_ORGANISATIONS",
                "BENCHMARKING",
                SupportKind.SOFT,
                false,
                START,
                START.plusMonths(1),
                "CDA",
                "visit",
                "firms joining",
                List.of(line(key, 1, FundingSource.CENTRAL, 200_000)));
    }

    static PlanActivity showroom(int key) {
        return new PlanActivity(
                key,
                "MD08",
                "Common showroom",
                "Showroom in the town",
                "MARKETING",
                "INFRASTRUCTURE",
                SupportKind.HARD,
                false,
                START.plusYears(1),
                START.plusYears(2),
                "SPV",
                "showroom",
                "sales",
                List.of(
                        line(key, 2, FundingSource.CENTRAL, 1_000_000),
                        line(key, 2, FundingSource.BENEFICIARY, 1_000_000)));
    }

    static PlanBudgetLine line(int key, int year, FundingSource source, long amount) {
        return new PlanBudgetLine(key == 0 ? Optional.empty() : Optional.of(key), year, source, amount);
    }
}
