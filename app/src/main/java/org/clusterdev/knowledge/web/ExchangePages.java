package org.clusterdev.knowledge.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.knowledge.ExchangePost;
import org.clusterdev.knowledge.SubcontractExchange;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The subcontract exchange: open posts, the posting form, a post with its matches and messages. */
@Controller
class ExchangePages {

    private final SubcontractExchange exchange;
    private final Geography geography;

    ExchangePages(SubcontractExchange exchange, Geography geography) {
        this.exchange = exchange;
        this.geography = geography;
    }

    @GetMapping("/exchange")
    String index(@RequestParam(defaultValue = "") String kind, Model model) {
        Optional<ExchangePost.Kind> chosen = kind.isBlank() ? Optional.empty() : Optional.of(kind(kind));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ExchangePost.Kind.values());
        model.addAttribute("posts", exchange.open(chosen));
        model.addAttribute("states", geography.states());
        model.addAttribute("today", exchange.today());
        return "knowledge/exchange";
    }

    @PostMapping("/exchange")
    String post(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String nicCode,
            @RequestParam(defaultValue = "") String product,
            @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "") String quantity,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String expiresOn,
            Model model) {
        try {
            long id = exchange.post(ExchangePost.draft(
                    kind.isBlank() ? null : kind(kind),
                    title,
                    description,
                    nicCode,
                    product,
                    (int) number(state, "stateCode"),
                    number(quantity, "quantity"),
                    unit,
                    day(expiresOn),
                    exchange.today()));
            return "redirect:/exchange/" + id;
        } catch (IllegalArgumentException e) {
            model.addAttribute("exchangeError", e.getMessage());
            return index("", model);
        }
    }

    @GetMapping("/exchange/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        ExchangePost post = exchange.post(id).orElseThrow(() -> new NoSuchElementException("no post " + id));
        model.addAttribute("post", post);
        model.addAttribute("matches", exchange.matches(id));
        model.addAttribute("messages", exchange.messages(id));
        model.addAttribute(
                "stateName", geography.state(post.stateCode()).map(State::name).orElse(""));
        return "knowledge/exchange-post";
    }

    @PostMapping("/exchange/{id:\\d+}/message")
    String message(@PathVariable long id, @RequestParam(defaultValue = "") String body, Model model) {
        try {
            exchange.message(id, body);
            return "redirect:/exchange/" + id;
        } catch (IllegalArgumentException e) {
            model.addAttribute("exchangeError", e.getMessage());
            return show(id, model);
        }
    }

    @PostMapping("/exchange/{id:\\d+}/withdraw")
    String withdraw(@PathVariable long id) {
        exchange.withdraw(id);
        return "redirect:/exchange";
    }

    private static ExchangePost.Kind kind(String value) {
        try {
            return ExchangePost.Kind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind: '" + value + "' is not one of the choices");
        }
    }

    private static long number(String value, String field) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a whole number");
        }
    }

    private static LocalDate day(String value) {
        try {
            return value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expiresOn: '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }
}
