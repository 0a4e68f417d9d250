package org.clusterdev.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.identity.internal.AccountAdministration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts and files the knowledge tests share. */
final class KnowledgeFixtures {

    static final String CDA = "knowledge.cda";
    static final String EDITOR = "knowledge.editor";
    static final String STATE_CELL = "knowledge.state";
    static final String PASSWORD = "a long enough passphrase";
    static final Path PDF = Path.of("src/test/resources/knowledge/diagnostic-bhadohi.pdf");

    private KnowledgeFixtures() {}

    /** A CDA (contributor, no editor), a ministry editor and an Odisha state cell. */
    static void accounts(AccountAdministration accounts) {
        create(accounts, CDA, new RoleGrant(Role.CDA, Scope.nation()));
        create(accounts, EDITOR, new RoleGrant(Role.MINISTRY, Scope.nation()));
        create(accounts, STATE_CELL, new RoleGrant(Role.STATE_CELL, Scope.state(21)));
    }

    private static void create(AccountAdministration accounts, String username, RoleGrant grant) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.create(username, username, PASSWORD, List.of(grant));
        }
    }

    static byte[] pdf() throws java.io.IOException {
        return Files.readAllBytes(PDF);
    }

    static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** A sample cluster's id by its name. */
    static long cluster(JdbcClient jdbc, String name) {
        return jdbc.sql("select id from registry.cluster where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }
}
