package org.clusterdev.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens let programs call {@code /api/v1} as a user. The secret is shown once at creation; only its
 * digest is kept.
 */
@Repository
public class ApiTokens {

    static final String PREFIX = "cdv_";

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final AuditTrail audit;

    ApiTokens(JdbcClient jdbc, UserAccounts accounts, AuditTrail audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** A token as listed to its owner: never the secret. */
    public record ApiTokenView(
            long id,
            String name,
            String prefix,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {

        public boolean active() {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
        }
    }

    /** Creates a token and returns its secret, which cannot be read again. */
    @Transactional
    public String create(long userId, String name, Optional<Instant> expiresAt) {
        String secret = TokenHashes.newSecret(PREFIX);
        long id = jdbc.sql("""
                        insert into identity.api_token (user_id, name, token_hash, prefix, expires_at)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(
                        userId,
                        name,
                        TokenHashes.sha256(secret),
                        secret.substring(0, PREFIX.length() + 6),
                        expiresAt.map(java.sql.Timestamp::from).orElse(null))
                .query(Long.class)
                .single();
        audit.record("CREATE", "api-token", Long.toString(id), Optional.empty(), find(id));
        return secret;
    }

    public List<ApiTokenView> list(long userId) {
        return jdbc.sql("""
                        select id, name, prefix, created_at, expires_at, last_used_at, revoked_at
                        from identity.api_token where user_id = ? order by created_at desc""").param(userId).query(ApiTokenView.class).list();
    }

    /** Revokes one of the user's tokens; returns false when the user has no such active token. */
    @Transactional
    public boolean revoke(long userId, long tokenId) {
        Optional<ApiTokenView> before = find(tokenId);
        boolean revoked = jdbc.sql("""
                        update identity.api_token set revoked_at = now()
                        where id = ? and user_id = ? and revoked_at is null""").params(tokenId, userId).update() > 0;
        if (revoked) {
            audit.record("REVOKE", "api-token", Long.toString(tokenId), before, find(tokenId));
        }
        return revoked;
    }

    private Optional<ApiTokenView> find(long id) {
        return jdbc.sql("""
                        select id, name, prefix, created_at, expires_at, last_used_at, revoked_at
                        from identity.api_token where id = ?""").param(id).query(ApiTokenView.class).optional();
    }

    /** The account a presented secret belongs to, when the token is active and its user enabled. */
    @Transactional
    Optional<AccountDetails> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<Long> userId = jdbc.sql("""
                        update identity.api_token set last_used_at = now()
                        where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())
                        returning user_id""")
                .param(TokenHashes.sha256(secret))
                .query(Long.class)
                .optional();
        return userId.flatMap(accounts::findById)
                .filter(UserAccount::enabled)
                .map(account -> AccountDetails.of(account, ""));
    }
}
