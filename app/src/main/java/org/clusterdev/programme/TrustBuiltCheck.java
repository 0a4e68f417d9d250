package org.clusterdev.programme;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** An action plan is drawn up with stakeholders who trust each other: at least one trust-building activity first. */
@Component
class TrustBuiltCheck implements TransitionCheck {

    static final String RULE = "ACTION_PLAN needs at least one trust-building activity recorded";

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    TrustBuiltCheck(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> refusal(InterventionRef intervention, Stage target) {
        if (target != Stage.ACTION_PLAN) {
            return Optional.empty();
        }
        boolean held = jdbc.sql("select exists (select 1 from programme.trust_activity where intervention_id = ?)")
                .param(intervention.id())
                .query(Boolean.class)
                .single();
        return held ? Optional.empty() : Optional.of(RULE);
    }
}
