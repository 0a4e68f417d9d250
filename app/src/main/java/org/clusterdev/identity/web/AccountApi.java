package org.clusterdev.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clusterdev.identity.internal.AccountAdministration;
import org.clusterdev.identity.internal.AccountAdministration.AccountView;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Identity", description = "The account an API token acts for")
class AccountApi {

    private final AccountAdministration accounts;

    AccountApi(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "The calling account: username, name and roles with their scopes")
    AccountView me(Authentication authentication) {
        return accounts.findByUsername(authentication.getName()).orElseThrow();
    }
}
