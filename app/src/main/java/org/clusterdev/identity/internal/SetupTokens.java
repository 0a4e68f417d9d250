package org.clusterdev.identity.internal;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time tokens that let the first administrator choose a password through the setup page. */
@Repository
public class SetupTokens {

    static final Duration VALIDITY = Duration.ofHours(24);

    private final JdbcClient jdbc;

    SetupTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String issue() {
        String secret = TokenHashes.newSecret("");
        jdbc.sql("insert into identity.setup_token (token_hash, expires_at) values (?, now() + ?::interval)")
                .params(TokenHashes.sha256(secret), VALIDITY.toHours() + " hours")
                .update();
        return secret;
    }

    /** Whether the token is known, unused and not expired. */
    public boolean isValid(String secret) {
        return secret != null
                && jdbc.sql(
                                "select exists (select 1 from identity.setup_token where token_hash = ? and used_at is null and expires_at > now())")
                        .param(TokenHashes.sha256(secret))
                        .query(Boolean.class)
                        .single();
    }

    /** Marks the token used; returns false when it was not valid (so two tabs cannot both use it). */
    boolean consume(String secret) {
        return jdbc.sql(
                                "update identity.setup_token set used_at = now() where token_hash = ? and used_at is null and expires_at > now()")
                        .param(TokenHashes.sha256(secret))
                        .update()
                == 1;
    }
}
