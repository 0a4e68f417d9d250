package org.clusterdev.knowledge.web;

import java.util.Optional;
import org.clusterdev.knowledge.CuratedLink;
import org.clusterdev.knowledge.CuratedLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The curated links page and the editors' form. */
@Controller
class LinkPages {

    private final CuratedLinks links;

    LinkPages(CuratedLinks links) {
        this.links = links;
    }

    @GetMapping("/links")
    String index(Model model) {
        var all = links.all();
        var groups = new java.util.LinkedHashMap<CuratedLink.Kind, java.util.List<CuratedLink>>();
        for (CuratedLink link : all) {
            groups.computeIfAbsent(link.kind(), k -> new java.util.ArrayList<>())
                    .add(link);
        }
        model.addAttribute("links", all);
        model.addAttribute("groups", groups);
        model.addAttribute("kinds", CuratedLink.Kind.values());
        model.addAttribute("mayCurate", links.mayCurate());
        return "knowledge/links";
    }

    @PostMapping("/links")
    String add(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String listName,
            Model model) {
        try {
            CuratedLink.Kind chosen;
            try {
                chosen = kind.isBlank() ? null : CuratedLink.Kind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("kind: '" + kind + "' is not one of the choices");
            }
            links.add(new CuratedLink(0, chosen, title, url, description, Optional.of(listName)));
            return "redirect:/links";
        } catch (IllegalArgumentException e) {
            model.addAttribute("linkError", e.getMessage());
            return index(model);
        }
    }

    @PostMapping("/links/{id:\\d+}/remove")
    String remove(@PathVariable long id) {
        links.remove(id);
        return "redirect:/links";
    }
}
