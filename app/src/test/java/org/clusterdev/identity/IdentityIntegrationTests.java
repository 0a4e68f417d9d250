package org.clusterdev.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import org.clusterdev.TestDatabase;
import org.clusterdev.identity.internal.AccountAdministration;
import org.clusterdev.identity.internal.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class IdentityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signsInTheAdministratorCreatedFromTheEnvironment() throws Exception {
        mvc.perform(formLogin("/login").user(TestDatabase.ADMIN_USERNAME).password(TestDatabase.ADMIN_PASSWORD))
                .andExpect(authenticated().withRoles("ADMINISTRATOR"));
        mvc.perform(formLogin("/login").user(TestDatabase.ADMIN_USERNAME).password("wrong password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void storesPasswordsOnlyAsHashes() {
        String hash = jdbc.sql("select password_hash from identity.user_account where username = ?")
                .param(TestDatabase.ADMIN_USERNAME)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(TestDatabase.ADMIN_PASSWORD);
    }

    @Test
    void administratorCreatesAScopedUserAndTheChangeIsAudited() throws Exception {
        mvc.perform(post("/admin/users")
                        .with(user("admin").roles("ADMINISTRATOR"))
                        .with(csrf())
                        .param("username", "odisha.cell")
                        .param("displayName", "Odisha state cell")
                        .param("password", "a long enough passphrase")
                        .param("role", "STATE_CELL")
                        .param("scopeType", "STATE")
                        .param("scopeReference", "21"))
                .andExpect(redirectedUrl("/admin/users"));

        var created = accounts.findByUsername("odisha.cell").orElseThrow();
        assertThat(created.grants()).containsExactly(new RoleGrant(Role.STATE_CELL, Scope.state(21)));
        String after = jdbc.sql(
                        "select after_value::text from identity.audit_entry where entity_type = 'user' and entity_id = ?")
                .param(Long.toString(created.id()))
                .query(String.class)
                .single();
        assertThat(after).contains("odisha.cell", "STATE_CELL");
    }

    @Test
    void refusesAnInvalidNewUserWithAClearMessageAndStoresNothing() throws Exception {
        long before = accounts.count();
        mvc.perform(post("/admin/users")
                        .with(user("admin").roles("ADMINISTRATOR"))
                        .with(csrf())
                        .param("username", "x")
                        .param("password", "a long enough passphrase")
                        .param("role", "CDA")
                        .param("scopeType", "NATION"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("use 3 to 64 letters")));
        mvc.perform(post("/admin/users")
                        .with(user("admin").roles("ADMINISTRATOR"))
                        .with(csrf())
                        .param("username", "state.without.code")
                        .param("password", "a long enough passphrase")
                        .param("role", "STATE_CELL")
                        .param("scopeType", "STATE")
                        .param("scopeReference", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a state scope needs a code or id")));
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void refusesFormsWithoutCsrfTokenAndAdminPagesToOtherRoles() throws Exception {
        mvc.perform(post("/admin/users")
                        .with(user("admin").roles("ADMINISTRATOR"))
                        .param("username", "nocsrf"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("cda").roles("CDA"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection());
    }

    @Test
    void programsCallTheApiWithATokenUntilItIsRevoked() throws Exception {
        var admin = accounts.findByUsername(TestDatabase.ADMIN_USERNAME).orElseThrow();
        String secret = tokens.create(admin.id(), "nightly export", Optional.empty());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(TestDatabase.ADMIN_USERNAME))
                .andExpect(jsonPath("$.grants[0].role").value("ADMINISTRATOR"));

        long tokenId = tokens.list(admin.id()).stream()
                .filter(token -> token.name().equals("nightly export"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(tokens.revoke(admin.id(), tokenId)).isTrue();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("revoked")));
    }

    @Test
    void showsTheAuditTrailToAdministrators() throws Exception {
        mvc.perform(get("/admin/audit").with(user("admin").roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CREATE")));
    }
}
