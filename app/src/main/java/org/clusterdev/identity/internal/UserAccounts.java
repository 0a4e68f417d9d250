package org.clusterdev.identity.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.identity.Scope.ScopeType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user accounts and their role grants, kept in {@code identity.user_account} and {@code role_grant}. */
@Repository
public class UserAccounts {

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.enabled, u.demo, u.created_at,
                   g.role, g.scope_type, g.scope_ref
            from identity.user_account u left join identity.role_grant g on g.user_id = u.id
            """;

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findByUsername(String username) {
        return select("where lower(u.username) = lower(:username)", Map.of("username", username)).stream()
                .findFirst();
    }

    Optional<UserAccount> findById(long id) {
        return select("where u.id = :id", Map.of("id", id)).stream().findFirst();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from identity.user_account where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    List<UserAccount> page(int offset, int limit) {
        List<Long> ids = jdbc.sql("select id from identity.user_account order by lower(username) offset ? limit ?")
                .params(offset, limit)
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        return select("where u.id in (:ids)", Map.of("ids", ids));
    }

    long count() {
        return jdbc.sql("select count(*) from identity.user_account")
                .query(Long.class)
                .single();
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("select exists (select 1 from identity.role_grant where role = ?)")
                .param(role.name())
                .query(Boolean.class)
                .single();
    }

    boolean exists(String username) {
        return jdbc.sql("select exists (select 1 from identity.user_account where lower(username) = lower(?))")
                .param(username)
                .query(Boolean.class)
                .single();
    }

    long create(String username, String displayName, String passwordHash, boolean demo, List<RoleGrant> grants) {
        long id = jdbc.sql("""
                        insert into identity.user_account (username, display_name, password_hash, demo)
                        values (?, ?, ?, ?) returning id""")
                .params(username, displayName, passwordHash, demo)
                .query(Long.class)
                .single();
        grants.forEach(grant -> grant(id, grant));
        return id;
    }

    void grant(long userId, RoleGrant grant) {
        jdbc.sql("""
                        insert into identity.role_grant (user_id, role, scope_type, scope_ref) values (?, ?, ?, ?)
                        on conflict do nothing""")
                .params(
                        userId,
                        grant.role().name(),
                        grant.scope().type().name(),
                        grant.scope().reference())
                .update();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update identity.user_account set enabled = ?, version = version + 1 where id = ?")
                .params(enabled, id)
                .update();
    }

    private List<UserAccount> select(String where, Map<String, ?> params) {
        List<GrantRow> rows = jdbc.sql(
                        SELECT + where + " order by lower(u.username), g.role, g.scope_type, g.scope_ref")
                .params(params)
                .query((rs, n) -> {
                    UserAccount account = new UserAccount(
                            rs.getLong("id"),
                            rs.getString("username"),
                            rs.getString("display_name"),
                            rs.getBoolean("enabled"),
                            rs.getBoolean("demo"),
                            rs.getTimestamp("created_at").toInstant(),
                            new ArrayList<>());
                    String role = rs.getString("role");
                    Optional<RoleGrant> grant = role == null
                            ? Optional.empty()
                            : Optional.of(new RoleGrant(
                                    Role.valueOf(role),
                                    new Scope(
                                            ScopeType.valueOf(rs.getString("scope_type")), rs.getString("scope_ref"))));
                    return new GrantRow(account, grant);
                })
                .list();
        Map<Long, UserAccount> accounts = new LinkedHashMap<>();
        for (GrantRow row : rows) {
            UserAccount account = accounts.computeIfAbsent(row.account().id(), id -> row.account());
            row.grant().ifPresent(account.grants()::add);
        }
        return List.copyOf(accounts.values());
    }

    private record GrantRow(UserAccount account, Optional<RoleGrant> grant) {}
}
