package org.clusterdev.selection;

import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.programme.Intervention;
import org.clusterdev.programme.InterventionRef;
import org.clusterdev.programme.Interventions;
import org.clusterdev.programme.Stage;
import org.clusterdev.selection.internal.RoundRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair's decisions on the candidates of a closed round, each with its reason, audited. Selecting a cluster
 * hands it to the programme: the cluster's intervention under the round's scheme is proposed if it has none, and
 * moved to {@link Stage#SELECTED} when the chair's role may do so; all in the decision's transaction, so a refusal
 * by the programme leaves the decision unrecorded.
 */
@Service
public class SelectionDecisions {

    private final RoundRows rows;
    private final SelectionRounds rounds;
    private final Interventions interventions;
    private final Agencies agencies;
    private final AuditTrail audit;

    SelectionDecisions(
            RoundRows rows, SelectionRounds rounds, Interventions interventions, Agencies agencies, AuditTrail audit) {
        this.rows = rows;
        this.rounds = rounds;
        this.interventions = interventions;
        this.agencies = agencies;
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
        if (decision == Decision.SELECTED && round.kind() == RoundKind.CLUSTER && round.schemeCode() != null) {
            rows.linkIntervention(candidateId, selectIntervention(round, before, why));
        }
        if (decision == Decision.SELECTED && round.kind() == RoundKind.AGENCY && round.interventionId() != null) {
            engageFor(round.interventionId(), before, round.title());
            rows.linkIntervention(candidateId, round.interventionId());
        }
        audit.record(
                "DECIDE",
                "selection-round",
                Long.toString(roundId),
                Optional.of(before),
                rows.candidate(roundId, candidateId).map(after -> Map.of("candidate", after, "reason", why)));
    }

    /** The cluster's open intervention under the round's scheme, proposed if need be and selected if allowed. */
    private long selectIntervention(Round round, Candidate cluster, String reason) {
        InterventionRef intervention = interventions.ofCluster(cluster.referenceId()).stream()
                .filter(i ->
                        i.schemeCode().equals(round.schemeCode()) && !i.stage().isFinal())
                .reduce((first, later) -> later)
                .orElseGet(() -> interventions.propose(
                        cluster.referenceId(), round.schemeCode(), title(cluster.name() + " (" + round.title() + ")")));
        if (intervention.stage() == Stage.PROPOSED) {
            Intervention details = interventions.details(intervention.id()).orElseThrow();
            if (interventions.mayMove(details, Stage.SELECTED)) {
                interventions.move(intervention.id(), Stage.SELECTED, reason, details.version());
            }
        }
        return intervention.id();
    }

    /**
     * Engages the selected agency for the intervention from today and names it the intervention's agency when the
     * chair's role may choose it; an engagement already going on is kept.
     */
    private void engageFor(long interventionId, Candidate agency, String roundTitle) {
        Intervention intervention = interventions
                .details(interventionId)
                .orElseThrow(() -> new NoSuchElementException("interventionId: no intervention " + interventionId));
        boolean engaged = agencies.engagements(agency.referenceId()).stream()
                .anyMatch(e -> Long.valueOf(interventionId).equals(e.interventionId()) && e.endedOn() == null);
        if (!engaged) {
            agencies.engage(
                    agency.referenceId(),
                    new EngagementDraft(
                            intervention.clusterId(),
                            Optional.of(interventionId),
                            LocalDate.now(Agencies.INDIA),
                            Optional.empty(),
                            title("Selected in the round " + roundTitle)));
        }
        if (interventions.mayMove(intervention, Stage.AGENCY_AND_CDA_IN_PLACE)) {
            interventions.assignAgency(interventionId, agency.referenceId(), intervention.version());
        }
    }

    /** The programme takes titles of up to 300 characters. */
    private static String title(String text) {
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }
}
