package org.clusterdev.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.programme.Interventions;
import org.clusterdev.programme.Scheme;
import org.clusterdev.programme.Schemes;
import org.clusterdev.programme.SelectionCriteria;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.selection.internal.RoundRows;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selection rounds for clusters, implementing agencies and CDAs: opened by a chair (a national role, or a state
 * cell for its state) with the criteria and weights of the moment, given candidates, scored independently by
 * assessors ({@link RoundScoring}), then closed and decided by the chair, each decision with its reason. Every
 * change is audited.
 */
@Service
public class SelectionRounds {

    static final List<Role> CHAIRS =
            List.of(Role.ADMINISTRATOR, Role.MINISTRY, Role.SCHEME_ADMINISTRATOR, Role.STATE_CELL);

    private final RoundRows rows;
    private final SelectionCriteria criteria;
    private final ClusterRegistry registry;
    private final Agencies agencies;
    private final Cdas cdas;
    private final Interventions interventions;
    private final Schemes schemes;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    SelectionRounds(
            RoundRows rows,
            SelectionCriteria criteria,
            ClusterRegistry registry,
            Agencies agencies,
            Cdas cdas,
            Interventions interventions,
            Schemes schemes,
            CurrentUser currentUser,
            AuditTrail audit) {
        this.rows = rows;
        this.criteria = criteria;
        this.registry = registry;
        this.agencies = agencies;
        this.cdas = cdas;
        this.interventions = interventions;
        this.schemes = schemes;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Every round the current user may see, newest first, without candidates. */
    public List<Round> all() {
        return rows.all().stream().filter(this::maySee).toList();
    }

    /**
     * The round with its criteria and candidates.
     *
     * @throws AccessDeniedException when the round is outside the current user's scope
     */
    public Optional<Round> find(long id) {
        Optional<Round> round = rows.find(id);
        if (round.isPresent() && !maySee(round.get())) {
            throw new AccessDeniedException("This selection round is outside your scope.");
        }
        return round;
    }

    /**
     * Whether the current user may see the round: its chair; for a state's round, the chairs and assessors of that
     * state or the nation; for a national round, anyone holding a chair's or assessor's role, as assessors score
     * the candidates of their own state.
     */
    public boolean maySee(Round round) {
        if (chairs(round)) {
            return true;
        }
        List<Role> roles = java.util.stream.Stream.concat(CHAIRS.stream(), RoundScoring.ASSESSORS.stream())
                .distinct()
                .toList();
        if (round.stateCode() != null) {
            return currentUser.holds(roles, round.stateCode(), Optional.empty());
        }
        return currentUser.grants().stream().anyMatch(grant -> roles.contains(grant.role()));
    }

    /** Whether the current user may open a round for this state (empty: a national round). */
    public boolean mayOpen(Optional<Integer> stateCode) {
        return currentUser.holds(CHAIRS, stateCode.orElse(0), Optional.empty());
    }

    /** Whether the current user chairs the round. */
    public boolean chairs(Round round) {
        return currentUser.username().map(round.chair()::equals).orElse(false);
    }

    /**
     * Opens a round with the criteria of its kind as they stand: the scheme's framework of cluster parameters, the
     * agency criteria of seed 004 Annex 3.2, or the CDA traits of seed 001 slide 21.
     *
     * @throws IllegalArgumentException "schemeCode: ..." or "framework: ..." for unknown codes
     * @throws AccessDeniedException when the user may not open rounds in that scope
     */
    @Transactional
    public long open(RoundDraft draft) {
        if (!mayOpen(draft.stateCode())) {
            throw new AccessDeniedException("You may not open selection rounds here.");
        }
        draft.interventionId().filter(id -> interventions.find(id).isEmpty()).ifPresent(id -> {
            throw new IllegalArgumentException("interventionId: no intervention has the id " + id);
        });
        if (draft.schemeCode() != null && criteria.scheme(draft.schemeCode()).isEmpty()) {
            throw new IllegalArgumentException("schemeCode: no scheme has the code '" + draft.schemeCode() + "'");
        }
        List<RoundCriterion> roundCriteria = criteriaOf(draft);
        long id = rows.insert(draft, currentUser.username().orElseThrow(), roundCriteria);
        audit.record("OPEN", "selection-round", Long.toString(id), Optional.empty(), rows.find(id));
        return id;
    }

    /**
     * Adds a candidate: a cluster of the registry, an agency or a CDA, by its id.
     *
     * @param backwardArea whether it lies in a backward area, for the balance check
     * @throws IllegalArgumentException "referenceId: ..." for an unknown candidate, one already in the round, or
     *     one outside the round's state
     * @throws IllegalStateException when scoring is closed
     * @throws AccessDeniedException when the user does not chair the round
     */
    @Transactional
    public long addCandidate(long roundId, long referenceId, boolean backwardArea) {
        Round round = chaired(roundId);
        if (round.status() != RoundStatus.SCORING) {
            throw new IllegalStateException("status: scoring is closed; no more candidates");
        }
        Subject subject = subject(round.kind(), referenceId);
        if (round.stateCode() != null && round.stateCode() != subject.stateCode()) {
            throw new IllegalArgumentException("referenceId: " + subject.name() + " lies outside the round's state");
        }
        long id = rows.insertCandidate(
                roundId, referenceId, subject.name(), subject.stateCode(), subject.sector(), backwardArea);
        audit.record(
                "ADD_CANDIDATE",
                "selection-round",
                Long.toString(roundId),
                Optional.empty(),
                rows.candidate(roundId, id));
        return id;
    }

    /**
     * Closes scoring, provided nobody changed the round since {@code expectedVersion}; afterwards everyone in scope
     * sees the results and the chair decides.
     *
     * @throws IllegalStateException "version: ..." when the round changed or is closed already
     */
    @Transactional
    public void close(long roundId, int expectedVersion) {
        Round before = chaired(roundId);
        if (!rows.close(roundId, expectedVersion)) {
            throw new IllegalStateException("version: the round changed or was closed since you opened it; reload");
        }
        audit.record(
                "CLOSE",
                "selection-round",
                Long.toString(roundId),
                Optional.of(before.status()),
                Optional.of(RoundStatus.CLOSED));
    }

    /** The round if the current user chairs it. */
    Round chaired(long roundId) {
        Round round = find(roundId).orElseThrow(() -> new NoSuchElementException("id: no round " + roundId));
        if (!chairs(round)) {
            throw new AccessDeniedException("Only the chair of the round may do this.");
        }
        return round;
    }

    private List<RoundCriterion> criteriaOf(RoundDraft draft) {
        List<SelectionCriteria.Criterion> programme = switch (draft.kind()) {
            case CLUSTER -> criteria.clusterParameters(draft.framework());
            case AGENCY -> criteria.agencyCriteria();
            case CDA -> List.of();
        };
        if (draft.kind() == RoundKind.CDA) {
            return rows.cdaTraits();
        }
        if (programme.isEmpty()) {
            throw new IllegalArgumentException(
                    "framework: no parameter framework is called '" + draft.framework() + "'");
        }
        Map<String, BigDecimal> schemeWeights = draft.kind() == RoundKind.CLUSTER
                ? schemes.find(draft.schemeCode()).map(Scheme::weights).orElse(Map.of())
                : Map.of();
        // a scheme's own weights apply when they cover the framework chosen; otherwise its defaults do
        boolean useScheme =
                !schemeWeights.isEmpty() && programme.stream().allMatch(c -> schemeWeights.containsKey(c.code()));
        return programme.stream()
                .map(c -> useScheme
                        ? new RoundCriterion(
                                c.code(),
                                c.name(),
                                schemeWeights.get(c.code()).doubleValue(),
                                c.position(),
                                c.source() + "; weight of scheme " + draft.schemeCode())
                        : new RoundCriterion(c.code(), c.name(), c.weight(), c.position(), c.source()))
                .toList();
    }

    /** What a candidate is, whatever its kind. */
    private record Subject(String name, int stateCode, String sector) {}

    private Subject subject(RoundKind kind, long referenceId) {
        Optional<Subject> subject = switch (kind) {
            case CLUSTER ->
                registry.summary(referenceId).map(c -> new Subject(c.name(), c.stateCode(), c.typologyCode()));
            case AGENCY ->
                agencies.find(referenceId)
                        .map(a -> new Subject(a.name(), a.stateCode(), a.kind().name()));
            case CDA ->
                cdas.find(referenceId)
                        .map(c -> new Subject(
                                c.name(), c.stateCode(), c.speciality().name()));
        };
        return subject.orElseThrow(() -> new IllegalArgumentException(
                "referenceId: no " + kind.name().toLowerCase() + " has the id " + referenceId));
    }
}
