package org.clusterdev.registry.web;

import java.io.IOException;
import java.util.Optional;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.platform.JobId;
import org.clusterdev.registry.transfer.ImportKind;
import org.clusterdev.registry.transfer.ImportPermission;
import org.clusterdev.registry.transfer.ImportPreview;
import org.clusterdev.registry.transfer.RegistryImports;
import org.clusterdev.registry.transfer.Uploads;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where administrators, the ministry and state cells import clusters or stakeholders: upload, see the dry
 * run (what would change, or every problem by row and column), then apply, which runs as a job. The
 * security configuration lets anyone read {@code /clusters/**}, so these handlers check the user themselves:
 * nobody signed in is sent to sign in, anyone else without an importing role is refused.
 */
@Controller
@RequestMapping("/clusters/import")
class ImportPages {

    static final String VIEW = "registry/transfer-import";

    private final RegistryImports imports;
    private final Uploads uploads;
    private final CurrentUser currentUser;

    ImportPages(RegistryImports imports, Uploads uploads, CurrentUser currentUser) {
        this.imports = imports;
        this.uploads = uploads;
        this.currentUser = currentUser;
    }

    @GetMapping
    String form(@RequestParam(defaultValue = "CLUSTERS") ImportKind kind, Authentication user, Model model) {
        if (signedOut(user)) {
            return "redirect:/login";
        }
        permission(user);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ImportKind.values());
        return VIEW;
    }

    @PostMapping
    String preview(
            @RequestParam(defaultValue = "CLUSTERS") ImportKind kind,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Authentication user,
            Model model)
            throws IOException {
        if (signedOut(user)) {
            return "redirect:/login";
        }
        ImportPermission permission = permission(user);
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "transfer.file.empty");
            return form(kind, user, model);
        }
        String fileName = Optional.ofNullable(file.getOriginalFilename())
                .map(name -> name.replaceAll("[\\\\/]", "_").strip())
                .filter(name -> !name.isEmpty())
                .orElse(kind == ImportKind.CLUSTERS ? "clusters.csv" : "stakeholders.csv");
        byte[] bytes = file.getBytes();
        ImportPreview preview = imports.preview(kind, bytes, permission);
        model.addAttribute("preview", preview);
        model.addAttribute("fileName", fileName);
        if (preview.applicable()) {
            model.addAttribute("upload", uploads.keep(user.getName(), kind, fileName, bytes));
        }
        return form(kind, user, model);
    }

    /** Applies a file checked before; the upload id names it, and only its uploader may apply it. */
    @PostMapping("/apply")
    String apply(@RequestParam String upload, Authentication user) {
        if (signedOut(user)) {
            return "redirect:/login";
        }
        ImportPermission permission = permission(user);
        Uploads.Upload kept = uploads.find(upload, user.getName()).orElseThrow();
        JobId job =
                imports.apply(kept.kind(), kept.fileName(), kept.bytes(), permission, () -> uploads.delete(kept.id()));
        return "redirect:/jobs/" + job;
    }

    private static boolean signedOut(Authentication user) {
        return user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken;
    }

    private ImportPermission permission(Authentication user) {
        return ImportPermission.of(user, currentUser)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
