package org.clusterdev.programme.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.programme.Scheme;
import org.clusterdev.programme.SchemeChanges;
import org.clusterdev.programme.SchemeQuotas;
import org.clusterdev.programme.Schemes;
import org.clusterdev.programme.Stage;
import org.clusterdev.registry.ClusterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The schemes for everyone ({@code /programme/schemes}, {@code /programme/schemes/{code}}) and the editors' forms
 * to add and change them and to open calls for proposals.
 */
@Controller
class SchemePages {

    private final Schemes schemes;
    private final SchemeQuotas quotas;
    private final ClusterRegistry registry;

    SchemePages(Schemes schemes, SchemeQuotas quotas, ClusterRegistry registry) {
        this.schemes = schemes;
        this.quotas = quotas;
        this.registry = registry;
    }

    @GetMapping("/programme/schemes")
    String list(Model model) {
        model.addAttribute("schemes", schemes.all());
        model.addAttribute("mayEdit", schemes.mayEdit());
        return "programme/schemes";
    }

    @GetMapping("/programme/schemes/{code}")
    String scheme(@PathVariable String code, Model model) {
        Scheme scheme = stored(code);
        model.addAttribute("scheme", scheme);
        model.addAttribute("calls", schemes.calls(code));
        model.addAttribute("standings", quotas.standings(code));
        model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")));
        model.addAttribute("mayEdit", schemes.mayEdit());
        return "programme/scheme";
    }

    @GetMapping("/programme/schemes/new")
    String blank(Model model) {
        requireEditor();
        Scheme template = stored("MSECDP");
        return form(
                Optional.empty(),
                SchemeForm.blank(template.stageDays(), schemes.defaultWeights("MSME")),
                Optional.empty(),
                model);
    }

    @PostMapping("/programme/schemes/new")
    String create(
            @RequestParam MultiValueMap<String, String> parameters,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireEditor();
        SchemeForm form = SchemeForm.from(parameters);
        try {
            Scheme created = schemes.create(form.code(), changes(form));
            redirect.addFlashAttribute("savedVersion", created.version());
            return "redirect:/programme/schemes/" + created.code();
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(Optional.empty(), form, Optional.of(FieldProblem.of(e.getMessage())), model);
        }
    }

    @GetMapping("/programme/schemes/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        requireEditor();
        Scheme scheme = stored(code);
        return form(Optional.of(scheme), SchemeForm.of(scheme), Optional.empty(), model);
    }

    @PostMapping("/programme/schemes/{code}/edit")
    String save(
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> parameters,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Scheme scheme = stored(code);
        SchemeForm form = SchemeForm.from(parameters);
        try {
            Scheme saved = schemes.update(code, form.version(), changes(form));
            redirect.addFlashAttribute("savedVersion", saved.version());
            return "redirect:/programme/schemes/" + code;
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(Optional.of(scheme), form, Optional.of(FieldProblem.of(e.getMessage())), model);
        } catch (IllegalStateException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
            return form(Optional.of(scheme), form, Optional.of(FieldProblem.of(e.getMessage())), model);
        }
    }

    @PostMapping("/programme/schemes/{code}/calls")
    String openCall(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String opensOn,
            @RequestParam(defaultValue = "") String closesOn,
            @RequestParam(defaultValue = "") String description,
            RedirectAttributes redirect) {
        try {
            schemes.openCall(
                    code, title, date("opensOn", opensOn), date("closesOn", closesOn), Optional.of(description));
            redirect.addFlashAttribute("callOpened", true);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("callError", FieldProblem.of(e.getMessage()));
        }
        return "redirect:/programme/schemes/" + code + "#calls";
    }

    private SchemeChanges changes(SchemeForm form) {
        String framework = form.selectionFramework().isBlank() ? "MSME" : form.selectionFramework();
        if (!framework.equals("MSME") && !framework.equals("UNIDO")) {
            throw new IllegalArgumentException("selectionFramework: either MSME or UNIDO");
        }
        return form.toChanges(schemes.defaultWeights(framework).keySet());
    }

    private String form(Optional<Scheme> scheme, SchemeForm form, Optional<FieldProblem> error, Model model) {
        scheme.ifPresent(stored -> model.addAttribute("scheme", stored));
        model.addAttribute("form", form);
        model.addAttribute("typologies", registry.typologies());
        model.addAttribute(
                "stages",
                Arrays.stream(Stage.values())
                        .filter(stage -> stage != Stage.CLOSED)
                        .toList());
        model.addAttribute(
                "timedStages",
                Arrays.stream(Stage.values()).filter(stage -> !stage.isFinal()).toList());
        model.addAttribute("msmeWeights", schemes.defaultWeights("MSME").keySet());
        model.addAttribute("unidoWeights", schemes.defaultWeights("UNIDO").keySet());
        model.addAttribute("quotaRegions", new java.util.TreeSet<>(SchemeChanges.QUOTA_REGIONS));
        error.ifPresent(problem -> model.addAttribute("error", problem));
        return "programme/scheme-edit";
    }

    private void requireEditor() {
        if (!schemes.mayEdit()) {
            throw new AccessDeniedException(
                    "Only administrators, the ministry and scheme administrators edit schemes.");
        }
    }

    private Scheme stored(String code) {
        return schemes.find(code).orElseThrow(() -> new NoSuchElementException("code: no scheme " + code));
    }

    private static LocalDate date(String field, String typed) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + typed + "' is not a date (yyyy-mm-dd)");
        }
    }
}
