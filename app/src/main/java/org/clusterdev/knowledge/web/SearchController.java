package org.clusterdev.knowledge.web;

import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.knowledge.KnowledgeSearch;
import org.clusterdev.knowledge.SearchQuery;
import org.clusterdev.knowledge.SearchResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The search page over documents, news, events and practices (with matching clusters), and its API. */
@Controller
class SearchController {

    static final int PAGE_SIZE = 20;

    private final KnowledgeSearch search;
    private final Geography geography;

    SearchController(KnowledgeSearch search, Geography geography) {
        this.search = search;
        this.geography = geography;
    }

    @GetMapping("/search")
    String page(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "") String product,
            @RequestParam(defaultValue = "") String scheme,
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute(
                "stateNames",
                geography.states().stream().collect(Collectors.toMap(s -> Integer.toString(s.code()), State::name)));
        try {
            SearchQuery query = query(q, kind, state, product, scheme, year);
            int requested = Math.max(0, page);
            SearchResults results = search.search(query, requested * PAGE_SIZE, PAGE_SIZE);
            model.addAttribute("results", results);
            model.addAttribute("query", query);
            model.addAttribute("page", requested);
            model.addAttribute("pages", (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        } catch (IllegalArgumentException e) {
            model.addAttribute("searchError", e.getMessage());
        }
        return "knowledge/search";
    }

    /** The same search as JSON: {@code GET /api/v1/knowledge/search?q=...}, open to everyone (public records). */
    @GetMapping("/api/v1/knowledge/search")
    @ResponseBody
    SearchResults api(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "") String product,
            @RequestParam(defaultValue = "") String scheme,
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("size: a page holds 1 to 100 results");
        }
        return search.search(query(q, kind, state, product, scheme, year), Math.max(0, page) * size, size);
    }

    static SearchQuery query(String q, String kind, String state, String product, String scheme, String year) {
        return new SearchQuery(
                Optional.of(q),
                Optional.of(kind),
                number(state, "state"),
                Optional.of(product),
                Optional.of(scheme),
                number(year, "year"));
    }

    private static Optional<Integer> number(String value, String field) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a whole number");
        }
    }
}
