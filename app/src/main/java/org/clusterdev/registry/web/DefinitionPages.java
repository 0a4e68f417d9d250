package org.clusterdev.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.registry.ClusterDefinition;
import org.clusterdev.registry.ClusterDefinition.Region;
import org.clusterdev.registry.ClusterDefinitions;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.DefinitionAssessment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The definitions for everyone ({@code /clusters/definitions}), one cluster's verdicts
 * ({@code /clusters/{id}/definitions}), and the administrators' form ({@code /admin/definitions/{code}}).
 */
@Controller
class DefinitionPages {

    private final ClusterDefinitions definitions;
    private final ClusterRegistry registry;

    DefinitionPages(ClusterDefinitions definitions, ClusterRegistry registry) {
        this.definitions = definitions;
        this.registry = registry;
    }

    @GetMapping("/clusters/definitions")
    String list(Model model) {
        model.addAttribute("definitions", definitions.definitions());
        model.addAttribute("cutoffs", definitions.cutoffs());
        model.addAttribute("regions", Region.values());
        return "registry/definition-list";
    }

    @GetMapping("/clusters/{id}/definitions")
    String cluster(@PathVariable long id, Model model) {
        var cluster = registry.summary(id).orElseThrow(() -> new NoSuchElementException("id: no cluster " + id));
        DefinitionAssessment assessment = definitions.assess(id);
        model.addAttribute("cluster", cluster);
        model.addAttribute("verdicts", assessment.verdicts());
        model.addAttribute("maturity", assessment.maturity());
        model.addAttribute("warnings", assessment.warnings());
        return "registry/definition-cluster";
    }

    @GetMapping("/admin/definitions/{code}")
    String edit(@PathVariable String code, Model model) {
        ClusterDefinition definition = stored(code);
        return form(definition, DefinitionForm.of(definition), Optional.empty(), model);
    }

    @PostMapping("/admin/definitions/{code}")
    String save(
            @PathVariable String code,
            @RequestParam Map<String, String> parameters,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ClusterDefinition definition = stored(code);
        DefinitionForm form = DefinitionForm.from(parameters);
        try {
            ClusterDefinition saved = definitions.update(code, form.toChanges(), form.version());
            redirect.addFlashAttribute("savedVersion", saved.version());
            return "redirect:/admin/definitions/" + code;
        } catch (IllegalArgumentException e) {
            return form(definition, form, Optional.of(FieldProblem.of(e.getMessage())), model);
        } catch (IllegalStateException e) {
            FieldProblem problem = FieldProblem.of(e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
            if (problem.concerns("version")) {
                model.addAttribute("stale", true);
            }
            return form(definition, form, Optional.of(problem), model);
        }
    }

    private ClusterDefinition stored(String code) {
        return definitions
                .definition(code)
                .orElseThrow(() -> new NoSuchElementException("code: no cluster definition " + code));
    }

    private static String form(
            ClusterDefinition definition, DefinitionForm form, Optional<FieldProblem> error, Model model) {
        model.addAttribute("definition", definition);
        model.addAttribute("form", form);
        model.addAttribute("regions", Region.values());
        error.ifPresent(problem -> model.addAttribute("error", problem));
        return "registry/definition-edit";
    }

    /** A refusal split into the field it names ("minimum: ...") and the reason, to show beside the field. */
    record FieldProblem(String field, String reason) {

        static FieldProblem of(String message) {
            String text = message == null ? "" : message;
            int colon = text.indexOf(':');
            return colon > 0
                    ? new FieldProblem(
                            text.substring(0, colon), text.substring(colon + 1).strip())
                    : new FieldProblem("", text);
        }

        /** Whether the problem concerns this field. */
        public boolean concerns(String name) {
            return field.equals(name);
        }
    }
}
