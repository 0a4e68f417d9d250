package org.clusterdev.identity.internal;

import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.RoleGrant;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes user accounts, each change audited. */
@Service
public class AccountAdministration {

    /** The shortest password accepted; long passphrases are welcome. */
    public static final int MINIMUM_PASSWORD_LENGTH = 10;

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    AccountAdministration(UserAccounts accounts, PasswordEncoder passwords, AuditTrail audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** What an administrator sees of an account. */
    public record AccountView(
            long id, String username, String displayName, boolean enabled, boolean demo, List<RoleGrant> grants) {}

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException with a message naming the field, when the username is taken or
     *     malformed or the password too short
     */
    @Transactional
    public long create(String username, String displayName, String password, List<RoleGrant> grants) {
        return create(username, displayName, password, grants, false);
    }

    @Transactional
    long create(String username, String displayName, String password, List<RoleGrant> grants, boolean demo) {
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9._@-]{3,64}")) {
            throw new IllegalArgumentException("username: use 3 to 64 letters, digits, dots, dashes, underscores or @");
        }
        if (accounts.exists(name)) {
            throw new IllegalArgumentException("username: '" + name + "' is already taken");
        }
        if (!demo && (password == null || password.length() < MINIMUM_PASSWORD_LENGTH)) {
            throw new IllegalArgumentException("password: use at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        long id = accounts.create(name, shown, passwords.encode(password), demo, grants);
        audit.record("CREATE", "user", Long.toString(id), Optional.empty(), Optional.of(view(id)));
        return id;
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        AccountView before = view(id);
        accounts.setEnabled(id, enabled);
        audit.record(
                enabled ? "ENABLE" : "DISABLE", "user", Long.toString(id), Optional.of(before), Optional.of(view(id)));
    }

    public Optional<AccountView> find(long id) {
        return accounts.findById(id).map(AccountAdministration::toView);
    }

    public Optional<AccountView> findByUsername(String username) {
        return accounts.findByUsername(username).map(AccountAdministration::toView);
    }

    public List<AccountView> page(int offset, int limit) {
        return accounts.page(offset, limit).stream()
                .map(AccountAdministration::toView)
                .toList();
    }

    public long count() {
        return accounts.count();
    }

    private AccountView view(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no user with id " + id));
    }

    private static AccountView toView(UserAccount account) {
        return new AccountView(
                account.id(),
                account.username(),
                account.displayName(),
                account.enabled(),
                account.demo(),
                List.copyOf(account.grants()));
    }
}
