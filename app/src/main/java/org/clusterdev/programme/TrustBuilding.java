package org.clusterdev.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.registry.ClusterStakeholders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the trust-building activities of an intervention (issue 5, deliverable 6) with date, participants,
 * actors and outcome. A local body formed is published as {@link CollectiveBodyFormed}.
 */
@Service
public class TrustBuilding {

    static final Set<String> BODIES = Set.of("ASSOCIATION", "NETWORK", "CONSORTIUM", "SPV");

    private final JdbcClient jdbc;
    private final Interventions interventions;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ClusterStakeholders stakeholders;

    TrustBuilding(
            JdbcClient jdbc,
            Interventions interventions,
            CurrentUser currentUser,
            AuditTrail audit,
            ApplicationEventPublisher events,
            ClusterStakeholders stakeholders) {
        this.jdbc = jdbc;
        this.stakeholders = stakeholders;
        this.interventions = interventions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    /** The trust-building activities of an intervention, by date. */
    public List<TrustActivity> activities(long interventionId) {
        return jdbc.sql("""
                        select id, intervention_id, activity_code, held_on, participants, actors, outcome, body_formed,
                               body_name, recorded_by
                        from programme.trust_activity where intervention_id = ? order by held_on, id""")
                .param(interventionId)
                .query((rs, n) -> new TrustActivity(
                        rs.getLong("id"),
                        rs.getLong("intervention_id"),
                        rs.getString("activity_code"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getInt("participants"),
                        rs.getString("actors"),
                        rs.getString("outcome"),
                        Optional.ofNullable(rs.getString("body_formed")),
                        Optional.ofNullable(rs.getString("body_name")),
                        rs.getString("recorded_by")))
                .list();
    }

    /** The trust-building activities of the catalogue (seed 004 Annex 2.2), code to name, in the annex's order. */
    public java.util.Map<String, String> catalogue() {
        java.util.Map<String, String> activities = new java.util.LinkedHashMap<>();
        jdbc.sql(
                        "select code, name from programme.activity_type where category_code = 'TRUST_BUILDING' order by position")
                .query((rs, n) -> activities.put(rs.getString(1), rs.getString(2)))
                .list();
        return activities;
    }

    /**
     * Records an activity held.
     *
     * @throws IllegalArgumentException "activityCode: ...", "heldOn: ...", "participants: ...", "actors: ...",
     *     "outcome: ...", "bodyFormed: ..." naming what is missing or wrong; "stage: ..." before the agency and CDA
     *     are in place or after the intervention ended
     * @throws AccessDeniedException for a user who does not do field work on this intervention
     */
    @Transactional
    public TrustActivity record(
            long interventionId,
            String activityCode,
            LocalDate heldOn,
            int participants,
            String actors,
            String outcome,
            Optional<String> bodyFormed,
            Optional<String> bodyName) {
        Intervention intervention = interventions
                .details(interventionId)
                .orElseThrow(() -> new NoSuchElementException("no intervention " + interventionId));
        if (!interventions.mayRecord(intervention)) {
            throw new AccessDeniedException("You do not do field work on this intervention.");
        }
        if (intervention.stage().isFinal() || intervention.stage().compareTo(Stage.AGENCY_AND_CDA_IN_PLACE) < 0) {
            throw new IllegalArgumentException(
                    "stage: trust building is recorded once the agency and CDA are in place and before the end");
        }
        if (!catalogue().containsKey(activityCode)) {
            throw new IllegalArgumentException(
                    "activityCode: '" + activityCode + "' is not a trust-building activity of the catalogue");
        }
        if (heldOn == null || heldOn.isAfter(LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")))) {
            throw new IllegalArgumentException("heldOn: the day it was held is required and not in the future");
        }
        if (participants < 0) {
            throw new IllegalArgumentException("participants: zero or more");
        }
        String who = required("actors", actors);
        String result = required("outcome", outcome);
        Optional<String> kind = bodyFormed.map(String::strip).filter(text -> !text.isEmpty());
        Optional<String> name = bodyName.map(String::strip).filter(text -> !text.isEmpty());
        if (kind.isPresent() && !BODIES.contains(kind.get())) {
            throw new IllegalArgumentException("bodyFormed: one of ASSOCIATION, NETWORK, CONSORTIUM or SPV");
        }
        if (kind.isPresent() != name.isPresent()) {
            throw new IllegalArgumentException("bodyName: a body formed needs its kind and its name");
        }
        long id = jdbc.sql("""
                        insert into programme.trust_activity (intervention_id, activity_code, held_on, participants,
                            actors, outcome, body_formed, body_name, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        interventionId,
                        activityCode,
                        heldOn,
                        participants,
                        who,
                        result,
                        kind.orElse(null),
                        name.orElse(null),
                        currentUser.username().orElse("system"))
                .query(Long.class)
                .single();
        TrustActivity recorded = activities(interventionId).stream()
                .filter(activity -> activity.id() == id)
                .findFirst()
                .orElseThrow();
        audit.record("CREATE", "trust_activity", Long.toString(id), Optional.empty(), Optional.of(recorded));
        kind.ifPresent(body -> {
            stakeholders.addFormedBody(intervention.clusterId(), body, name.orElseThrow(), heldOn);
            events.publishEvent(
                    new CollectiveBodyFormed(intervention.clusterId(), interventionId, body, name.orElseThrow()));
        });
        return recorded;
    }

    private static String required(String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(field + ": required");
        }
        return text;
    }
}
