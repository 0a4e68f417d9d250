package org.clusterdev.identity.internal;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.clusterdev.identity.RoleGrant;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security sees it: roles become authorities, scopes travel along. It is
 * stored in the PostgreSQL session, so it is serializable and drops the password hash after sign-in.
 */
final class AccountDetails implements UserDetails, CredentialsContainer, Serializable {

    private final long id;
    private final String username;
    private final boolean enabled;
    private final List<RoleGrant> grants;
    private String passwordHash;

    private AccountDetails(long id, String username, boolean enabled, List<RoleGrant> grants, String passwordHash) {
        this.id = id;
        this.username = username;
        this.enabled = enabled;
        this.grants = grants;
        this.passwordHash = passwordHash;
    }

    static AccountDetails of(UserAccount account, String passwordHash) {
        return new AccountDetails(
                account.id(), account.username(), account.enabled(), List.copyOf(account.grants()), passwordHash);
    }

    long id() {
        return id;
    }

    List<RoleGrant> grants() {
        return grants;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream()
                .map(grant -> new SimpleGrantedAuthority(grant.role().authority()))
                .distinct()
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
