package org.clusterdev.classification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clusterdev.classification.Classification;
import org.clusterdev.classification.NicCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Browsing NIC-2008 one level at a time: the sections, then a code with the path to it and its children. */
@Controller
@RequestMapping("/classification")
class ClassificationPages {

    static final int PAGE_SIZE = 50;

    private final Classification classification;

    ClassificationPages(Classification classification) {
        this.classification = classification;
    }

    @GetMapping
    String sections(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("lineage", List.of());
        return children(Optional.empty(), page, model);
    }

    @GetMapping("/{code}")
    String code(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
        NicCode current =
                classification.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("current", current);
        model.addAttribute("lineage", lineage(current));
        return children(Optional.of(current.code()), page, model);
    }

    private String children(Optional<String> parent, int page, Model model) {
        List<NicCode> children = classification.children(parent);
        int from = Math.min(Math.max(0, page) * PAGE_SIZE, children.size());
        int to = Math.min(from + PAGE_SIZE, children.size());
        model.addAttribute("children", children.subList(from, to));
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("total", children.size());
        model.addAttribute("firstShown", from + 1);
        model.addAttribute("lastShown", to);
        model.addAttribute("hasNext", to < children.size());
        model.addAttribute("paged", children.size() > PAGE_SIZE);
        return "classification/nic";
    }

    /** The codes above this one, section first; at most four lookups. */
    private List<NicCode> lineage(NicCode code) {
        List<NicCode> above = new ArrayList<>();
        Optional<NicCode> parent = code.parentCode().flatMap(classification::find);
        while (parent.isPresent()) {
            above.add(0, parent.get());
            parent = parent.get().parentCode().flatMap(classification::find);
        }
        return above;
    }
}
