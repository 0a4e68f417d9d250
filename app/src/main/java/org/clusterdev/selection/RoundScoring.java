package org.clusterdev.selection;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.selection.internal.RoundRows;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Independent scoring of a round's candidates. An assessor (a national role, the state cell, or a resource
 * organisation, for candidates of their scope) submits once per candidate, every criterion with a score and its
 * evidence, and declares any conflict of interest. Nobody sees other assessors' scores before submitting for every
 * candidate, except the chair, who does not score; once scoring is closed, everyone in scope sees them.
 */
@Service
public class RoundScoring {

    static final List<Role> ASSESSORS = List.of(
            Role.ADMINISTRATOR, Role.MINISTRY, Role.SCHEME_ADMINISTRATOR, Role.STATE_CELL, Role.RESOURCE_ORGANISATION);

    private final RoundRows rows;
    private final SelectionRounds rounds;
    private final Geography geography;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    RoundScoring(
            RoundRows rows, SelectionRounds rounds, Geography geography, CurrentUser currentUser, AuditTrail audit) {
        this.rows = rows;
        this.rounds = rounds;
        this.geography = geography;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Whether the current user may score this candidate of the round (not as its chair, not twice). */
    public boolean mayAssess(Round round, Candidate candidate) {
        Optional<String> user = currentUser.username();
        return round.status() == RoundStatus.SCORING
                && user.isPresent()
                && !user.get().equals(round.chair())
                && currentUser.holds(ASSESSORS, candidate.stateCode(), Optional.empty())
                && !rows.assessed(candidate.id(), user.get());
    }

    /**
     * Stores the current user's assessment of a candidate.
     *
     * @throws IllegalArgumentException "scores.CODE: ..." for a criterion missing, unknown or scored twice
     * @throws IllegalStateException when scoring is closed or the user has assessed the candidate already
     * @throws AccessDeniedException for the chair or a user without an assessor role for the candidate's state
     */
    @Transactional
    public void submit(long roundId, long candidateId, AssessmentDraft draft) {
        Round round = rounds.find(roundId).orElseThrow(() -> new NoSuchElementException("id: no round " + roundId));
        Candidate candidate = rows.candidate(roundId, candidateId)
                .orElseThrow(
                        () -> new NoSuchElementException("candidateId: no candidate " + candidateId + " in the round"));
        String assessor = currentUser.username().orElseThrow(() -> new AccessDeniedException("Sign in to assess."));
        if (round.status() != RoundStatus.SCORING) {
            throw new IllegalStateException("status: scoring of this round is closed");
        }
        if (assessor.equals(round.chair())) {
            throw new AccessDeniedException("The chair of a round does not score in it.");
        }
        if (!currentUser.holds(ASSESSORS, candidate.stateCode(), Optional.empty())) {
            throw new AccessDeniedException("You may not assess candidates of this state.");
        }
        if (rows.assessed(candidateId, assessor)) {
            throw new IllegalStateException("scores: you have assessed " + candidate.name() + " already");
        }
        checkCovers(round.criteria(), draft.scores());
        rows.insertAssessment(candidateId, assessor, draft);
        audit.record(
                "ASSESS",
                "selection-round",
                Long.toString(roundId),
                Optional.empty(),
                Optional.of(Map.of("candidate", candidate.name(), "assessor", assessor, "assessment", draft)));
    }

    /** What the current user may see of the round's scores now. */
    public RoundResultsView results(Round round) {
        Optional<String> user = currentUser.username();
        List<Assessment> assessments = rows.assessments(round.id());
        List<Long> mine = assessments.stream()
                .filter(a -> user.isPresent() && a.assessor().equals(user.get()))
                .map(Assessment::candidateId)
                .toList();
        boolean submittedForAll =
                !round.candidates().isEmpty() && round.candidates().stream().allMatch(c -> mine.contains(c.id()));
        boolean visible = round.status() == RoundStatus.CLOSED
                || user.map(round.chair()::equals).orElse(false)
                || submittedForAll;
        if (!visible) {
            return new RoundResultsView(false, List.of(), null, mine);
        }
        return new RoundResultsView(
                true, RoundResults.rank(round.criteria(), round.candidates(), assessments), quota(round), mine);
    }

    /** The balance of the candidates selected so far. */
    public QuotaCheck quota(Round round) {
        Map<Integer, State> states = geography.states().stream().collect(Collectors.toMap(State::code, state -> state));
        List<Candidate> selected = round.candidates().stream()
                .filter(c -> c.decision() == Decision.SELECTED)
                .toList();
        int northEast = (int) selected.stream()
                .filter(c -> Optional.ofNullable(states.get(c.stateCode()))
                        .map(State::northEast)
                        .orElse(false))
                .count();
        double share = selected.isEmpty() ? 0 : Math.round(northEast * 1000.0 / selected.size()) / 10.0;
        Map<String, Integer> byRegion = new TreeMap<>(selected.stream()
                .collect(Collectors.groupingBy(
                        c -> Optional.ofNullable(states.get(c.stateCode()))
                                .map(State::region)
                                .orElse("UNKNOWN"),
                        Collectors.summingInt(c -> 1))));
        Map<String, Integer> bySector = new TreeMap<>(selected.stream()
                .collect(Collectors.groupingBy(
                        c -> c.sector() == null ? "UNKNOWN" : c.sector(), Collectors.summingInt(c -> 1))));
        int backward = (int) selected.stream().filter(Candidate::backwardArea).count();
        boolean met = round.kind() != RoundKind.CLUSTER
                || share >= round.minNorthEastPercent()
                || (selected.isEmpty() && round.minNorthEastPercent() == 0);
        return new QuotaCheck(
                selected.size(), northEast, share, round.minNorthEastPercent(), met, byRegion, bySector, backward);
    }

    private static void checkCovers(List<RoundCriterion> criteria, List<ScoreDraft> scores) {
        Set<String> codes = criteria.stream().map(RoundCriterion::code).collect(Collectors.toSet());
        Set<String> seen = new java.util.HashSet<>();
        for (ScoreDraft score : scores) {
            if (!codes.contains(score.criterion())) {
                throw new IllegalArgumentException("scores." + score.criterion() + ": not a criterion of this round");
            }
            if (!seen.add(score.criterion())) {
                throw new IllegalArgumentException("scores." + score.criterion() + ": scored twice");
            }
        }
        criteria.stream()
                .filter(criterion -> !seen.contains(criterion.code()))
                .findFirst()
                .ifPresent(missing -> {
                    throw new IllegalArgumentException(
                            "scores." + missing.code() + ": every criterion needs a score and its evidence");
                });
    }
}
