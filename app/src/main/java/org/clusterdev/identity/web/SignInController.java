package org.clusterdev.identity.web;

import org.clusterdev.identity.internal.AccountAdministration;
import org.clusterdev.identity.internal.AdministratorSetup;
import org.clusterdev.identity.internal.SetupTokens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the one-time page that creates the first administrator. */
@Controller
class SignInController {

    private final SetupTokens setupTokens;
    private final AdministratorSetup setup;

    SignInController(SetupTokens setupTokens, AdministratorSetup setup) {
        this.setupTokens = setupTokens;
        this.setup = setup;
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping("/setup")
    String setupForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", setupTokens.isValid(token));
        model.addAttribute("minimumLength", AccountAdministration.MINIMUM_PASSWORD_LENGTH);
        return "identity/setup";
    }

    @PostMapping("/setup")
    String completeSetup(
            @RequestParam String token,
            @RequestParam String username,
            @RequestParam String password,
            @RequestParam String repeatPassword,
            Model model) {
        try {
            if (!password.equals(repeatPassword)) {
                throw new IllegalArgumentException("repeatPassword: the two passwords differ");
            }
            setup.completeSetup(token, username, password);
            return "redirect:/login?setupDone";
        } catch (IllegalArgumentException e) {
            model.addAttribute("token", token);
            model.addAttribute("valid", setupTokens.isValid(token));
            model.addAttribute("username", username);
            model.addAttribute("minimumLength", AccountAdministration.MINIMUM_PASSWORD_LENGTH);
            model.addAttribute("error", FieldMessage.of(e));
            return "identity/setup";
        }
    }
}
