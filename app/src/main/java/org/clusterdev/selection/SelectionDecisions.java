package org.clusterdev.selection;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.selection.internal.RoundRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair's decisions on the candidates of a closed round, each with its reason, audited.
 */
@Service
public class SelectionDecisions {

    private final RoundRows rows;
    private final SelectionRounds rounds;
    private final AuditTrail audit;

    SelectionDecisions(RoundRows rows, SelectionRounds rounds, AuditTrail audit) {
        this.rows = rows;
        this.rounds = rounds;
        this.audit = audit;
    }

    /**
     * Records the decision on a candidate; a later decision replaces an earlier one and both stay in the audit
     * trail.
     *
     * @throws IllegalArgumentException "decision: ..." or "reason: ..." when either is missing
     * @throws IllegalStateException "status: ..." while assessors still score
     * @throws org.springframework.security.access.AccessDeniedException when the user does not chair the round
     */
    @Transactional
    public void decide(long roundId, long candidateId, Decision decision, String reason) {
        Round round = rounds.chaired(roundId);
        if (decision == null) {
            throw new IllegalArgumentException("decision: choose selected or not selected");
        }
        String why = Texts.required("reason", reason, 2000);
        if (round.status() != RoundStatus.CLOSED) {
            throw new IllegalStateException("status: close scoring before deciding");
        }
        Candidate before = rows.candidate(roundId, candidateId)
                .orElseThrow(
                        () -> new NoSuchElementException("candidateId: no candidate " + candidateId + " in the round"));
        rows.decide(candidateId, decision, why, round.chair());
        audit.record(
                "DECIDE",
                "selection-round",
                Long.toString(roundId),
                Optional.of(before),
                Optional.of(Map.of("candidate", before.name(), "decision", decision, "reason", why)));
    }
}
