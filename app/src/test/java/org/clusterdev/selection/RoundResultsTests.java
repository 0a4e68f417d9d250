package org.clusterdev.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundResultsTests {

    static final List<RoundCriterion> CRITERIA = List.of(
            new RoundCriterion("LOCATION", "Location", 10, 1, "004 Annex 3.2"),
            new RoundCriterion("FACILITATE_BDS", "BDS", 5, 2, "004 Annex 3.2"));

    static final Candidate FIRST = candidate(1, "First");
    static final Candidate SECOND = candidate(2, "Second");
    static final Candidate THIRD = candidate(3, "Third");

    @Test
    void aTotalIsTheWeightedMeanOfTheScoresOutOfAHundred() {
        assertThat(RoundResults.total(CRITERIA, Map.of("LOCATION", 10, "FACILITATE_BDS", 10)))
                .isEqualTo(100.0);
        // (10 * 6 + 5 * 3) / 15 * 10 = 50
        assertThat(RoundResults.total(CRITERIA, Map.of("LOCATION", 6, "FACILITATE_BDS", 3)))
                .isEqualTo(50.0);
    }

    @Test
    void ranksByTheMeanOfTheAssessorsTotalsHighestFirst() {
        List<CandidateResult> ranking = RoundResults.rank(
                CRITERIA,
                List.of(FIRST, SECOND, THIRD),
                List.of(
                        assessment(1, "asha", 6, 6, false),
                        assessment(1, "ravi", 8, 8, false),
                        assessment(2, "asha", 9, 9, false),
                        assessment(2, "ravi", 9, 9, false)));
        assertThat(ranking).extracting(r -> r.candidate().name()).containsExactly("Second", "First", "Third");
        assertThat(ranking).extracting(CandidateResult::rank).containsExactly(1, 2, null);
        assertThat(ranking.get(1).total()).isEqualTo(70.0);
        assertThat(ranking.get(2).total()).isNull();
    }

    @Test
    void leavesAConflictedAssessorOutOfTheTotalButShowsTheScore() {
        List<CandidateResult> ranking = RoundResults.rank(
                CRITERIA,
                List.of(FIRST),
                List.of(assessment(1, "asha", 5, 5, false), assessment(1, "ravi", 10, 10, true)));
        CandidateResult first = ranking.get(0);
        assertThat(first.total()).isEqualTo(50.0);
        assertThat(first.assessors()).anySatisfy(total -> {
            assertThat(total.assessor()).isEqualTo("ravi");
            assertThat(total.excluded()).isTrue();
            assertThat(total.total()).isEqualTo(100.0);
        });
    }

    @Test
    void flagsHighDisagreementBetweenAssessors() {
        CandidateResult split = RoundResults.rank(
                        CRITERIA,
                        List.of(FIRST),
                        List.of(assessment(1, "asha", 9, 9, false), assessment(1, "ravi", 4, 4, false)))
                .get(0);
        assertThat(split.spread()).isEqualTo(50.0);
        assertThat(split.highDisagreement()).isTrue();
        CandidateResult close = RoundResults.rank(
                        CRITERIA,
                        List.of(FIRST),
                        List.of(assessment(1, "asha", 9, 9, false), assessment(1, "ravi", 8, 8, false)))
                .get(0);
        assertThat(close.highDisagreement()).isFalse();
    }

    @Test
    void equalTotalsShareARank() {
        List<CandidateResult> ranking = RoundResults.rank(
                CRITERIA,
                List.of(FIRST, SECOND, THIRD),
                List.of(
                        assessment(1, "asha", 7, 7, false),
                        assessment(2, "asha", 7, 7, false),
                        assessment(3, "asha", 5, 5, false)));
        assertThat(ranking).extracting(CandidateResult::rank).containsExactly(1, 1, 3);
    }

    static Candidate candidate(long id, String name) {
        return new Candidate(id, 1, id * 10, name, 21, "HANDICRAFT", false, null, null, null, null);
    }

    static Assessment assessment(long candidate, String assessor, int location, int bds, boolean conflict) {
        return new Assessment(
                candidate,
                assessor,
                conflict,
                conflict ? "related to the agency" : null,
                Map.of("LOCATION", location, "FACILITATE_BDS", bds),
                Map.of(),
                Instant.now());
    }
}
