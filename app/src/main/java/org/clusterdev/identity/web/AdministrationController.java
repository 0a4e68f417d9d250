package org.clusterdev.identity.web;

import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.identity.internal.AccountAdministration;
import org.clusterdev.identity.internal.JdbcAuditTrail;
import org.clusterdev.platform.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages: the overview, user accounts and the audit trail. */
@Controller
class AdministrationController {

    static final int PAGE_SIZE = 25;

    private final AccountAdministration accounts;
    private final JdbcAuditTrail audit;

    AdministrationController(AccountAdministration accounts, JdbcAuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The fields of the new-user form, kept when the form is shown again with an error. */
    record NewUserForm(
            String username,
            String displayName,
            String password,
            Role role,
            Scope.ScopeType scopeType,
            String scopeReference) {

        static NewUserForm empty() {
            return new NewUserForm("", "", "", Role.CDA, Scope.ScopeType.NATION, "");
        }
    }

    @GetMapping("/admin")
    String overview() {
        return "identity/admin";
    }

    @GetMapping("/admin/users")
    String users(@RequestParam(defaultValue = "0") int page, Model model) {
        return usersPage(page, NewUserForm.empty(), Optional.empty(), model);
    }

    @PostMapping("/admin/users")
    String createUser(NewUserForm form, Model model, RedirectAttributes redirect) {
        try {
            Role role = required(form.role(), "role");
            Scope.ScopeType scopeType = required(form.scopeType(), "scopeType");
            Scope scope = scopeOf(scopeType, form.scopeReference());
            accounts.create(form.username(), form.displayName(), form.password(), List.of(new RoleGrant(role, scope)));
            redirect.addFlashAttribute("created", form.username().strip());
            return "redirect:/admin/users";
        } catch (IllegalArgumentException e) {
            return usersPage(0, form, Optional.of(FieldMessage.of(e)), model);
        }
    }

    @PostMapping("/admin/users/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled) {
        accounts.setEnabled(id, enabled);
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "") String type, Model model) {
        Optional<String> entityType = type.isBlank() ? Optional.empty() : Optional.of(type);
        Pagination pagination = Pagination.of(page, PAGE_SIZE, audit.count(entityType));
        model.addAttribute("entries", audit.page(entityType, pagination.offset(), PAGE_SIZE));
        model.addAttribute("page", pagination);
        model.addAttribute("types", audit.entityTypes());
        model.addAttribute("type", type);
        return "identity/audit";
    }

    private String usersPage(int page, NewUserForm form, Optional<FieldMessage> error, Model model) {
        Pagination pagination = Pagination.of(page, PAGE_SIZE, accounts.count());
        model.addAttribute("users", accounts.page(pagination.offset(), PAGE_SIZE));
        model.addAttribute("page", pagination);
        model.addAttribute("form", form);
        model.addAttribute("roles", Role.values());
        model.addAttribute("scopeTypes", Scope.ScopeType.values());
        model.addAttribute("minimumLength", AccountAdministration.MINIMUM_PASSWORD_LENGTH);
        error.ifPresent(message -> model.addAttribute("error", message));
        return "identity/users";
    }

    private static Scope scopeOf(Scope.ScopeType type, String reference) {
        try {
            return new Scope(type, reference);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("scopeReference: " + e.getMessage(), e);
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": choose a value");
        }
        return value;
    }
}
