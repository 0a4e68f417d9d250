package org.clusterdev.identity.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.clusterdev.identity.internal.AccountAdministration;
import org.clusterdev.identity.internal.AccountAdministration.AccountView;
import org.clusterdev.identity.internal.ApiTokens;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in user's own page: roles and API tokens. */
@Controller
class AccountController {

    private final ApiTokens tokens;
    private final AccountAdministration accounts;

    AccountController(ApiTokens tokens, AccountAdministration accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal UserDetails user, Model model) {
        AccountView account = accounts.findByUsername(user.getUsername()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("tokens", tokens.list(account.id()));
        return "identity/account";
    }

    @PostMapping("/account/tokens")
    String createToken(
            @AuthenticationPrincipal UserDetails user,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") int days,
            RedirectAttributes redirect) {
        if (name.isBlank() || name.length() > 80) {
            redirect.addFlashAttribute("tokenError", "name");
            return "redirect:/account";
        }
        Optional<Instant> expires =
                days > 0 ? Optional.of(Instant.now().plus(days, ChronoUnit.DAYS)) : Optional.empty();
        redirect.addFlashAttribute("newToken", tokens.create(id(user), name.strip(), expires));
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal UserDetails user, @PathVariable long id) {
        tokens.revoke(id(user), id);
        return "redirect:/account";
    }

    private long id(UserDetails user) {
        return accounts.findByUsername(user.getUsername()).orElseThrow().id();
    }
}
