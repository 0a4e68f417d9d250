package org.clusterdev.identity.internal;

import java.util.List;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.platform.ClusterdevProperties;
import org.clusterdev.platform.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure a running system has an administrator without ever shipping a default password: at start-up
 * the administrator is created from {@code CLUSTERDEV_ADMIN_PASSWORD}, or a one-time setup link is printed
 * to the log. The embedded demo run also gets clearly-labelled demo accounts.
 */
@Service
@Order(10)
public class AdministratorSetup implements ApplicationRunner {

    /** The demo accounts' shared password; they exist only in a demo run. */
    static final String DEMO_PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(AdministratorSetup.class);

    private final UserAccounts accounts;
    private final AccountAdministration administration;
    private final SetupTokens setupTokens;
    private final ClusterdevProperties properties;
    private final Deployment deployment;
    private final Environment environment;

    AdministratorSetup(
            UserAccounts accounts,
            AccountAdministration administration,
            SetupTokens setupTokens,
            ClusterdevProperties properties,
            Deployment deployment,
            Environment environment) {
        this.accounts = accounts;
        this.administration = administration;
        this.setupTokens = setupTokens;
        this.properties = properties;
        this.deployment = deployment;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (deployment.demo()) {
            createDemoAccounts();
        }
        String password = properties.admin().password();
        if (password != null
                && !password.isBlank()
                && !accounts.exists(properties.admin().username())) {
            administration.create(
                    properties.admin().username(),
                    "Administrator",
                    password,
                    List.of(new RoleGrant(Role.ADMINISTRATOR, Scope.nation())));
            log.info(
                    "Created administrator '{}' from CLUSTERDEV_ADMIN_PASSWORD",
                    properties.admin().username());
        } else if (!accounts.anyWithRole(Role.ADMINISTRATOR)) {
            log.warn(
                    "No administrator exists yet. Open {}/setup?token={} within {} hours to create one (the link works once).",
                    baseUrl(),
                    setupTokens.issue(),
                    SetupTokens.VALIDITY.toHours());
        }
    }

    /**
     * Creates the first administrator through the setup page.
     *
     * @throws IllegalArgumentException when the token is invalid or used, an administrator already exists,
     *     or the username or password is not acceptable
     */
    @Transactional
    public void completeSetup(String token, String username, String password) {
        if (accounts.anyWithRole(Role.ADMINISTRATOR) || !setupTokens.consume(token)) {
            throw new IllegalArgumentException("token: this setup link is invalid, expired or already used");
        }
        administration.create(
                username, "Administrator", password, List.of(new RoleGrant(Role.ADMINISTRATOR, Scope.nation())));
    }

    private void createDemoAccounts() {
        demo("demo-admin", "Demo administrator", new RoleGrant(Role.ADMINISTRATOR, Scope.nation()));
        demo("demo-ministry", "Demo ministry officer", new RoleGrant(Role.MINISTRY, Scope.nation()));
        demo("demo-state", "Demo Odisha state cell", new RoleGrant(Role.STATE_CELL, Scope.state(21)));
    }

    private void demo(String username, String displayName, RoleGrant grant) {
        if (!accounts.exists(username)) {
            administration.create(username, displayName, DEMO_PASSWORD, List.of(grant), true);
            log.info("Demo account '{}' (password '{}') created: this is a demo system", username, DEMO_PASSWORD);
        }
    }

    private String baseUrl() {
        if (properties.baseUrl() != null && !properties.baseUrl().isBlank()) {
            return properties.baseUrl().replaceAll("/+$", "");
        }
        return "http://localhost:" + environment.getProperty("local.server.port", "8080");
    }
}
