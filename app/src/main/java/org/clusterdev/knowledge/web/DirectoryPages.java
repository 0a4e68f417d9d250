package org.clusterdev.knowledge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.knowledge.BdsService;
import org.clusterdev.knowledge.Directories;
import org.clusterdev.knowledge.Listing;
import org.clusterdev.knowledge.ListingKind;
import org.clusterdev.knowledge.ListingRating;
import org.clusterdev.knowledge.ListingRegistration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The directories: listings by kind, self-registration, a listing with its ratings, messages and review. */
@Controller
class DirectoryPages {

    private final Directories directories;
    private final Geography geography;

    DirectoryPages(Directories directories, Geography geography) {
        this.directories = directories;
        this.geography = geography;
    }

    @GetMapping("/directory")
    String index(
            @RequestParam(defaultValue = "BDS_PROVIDER") String kind,
            @RequestParam(defaultValue = "") String service,
            @RequestParam(defaultValue = "") String state,
            Model model) {
        ListingKind chosen = choice(ListingKind.class, kind, "kind");
        Optional<BdsService> offered =
                service.isBlank() ? Optional.empty() : Optional.of(choice(BdsService.class, service, "service"));
        Optional<Integer> served = state.isBlank() ? Optional.empty() : Optional.of(number(state, "state"));
        model.addAttribute("kind", chosen.name());
        model.addAttribute("service", service);
        model.addAttribute("state", state);
        model.addAttribute("kinds", ListingKind.values());
        model.addAttribute("services", BdsService.values());
        model.addAttribute("states", geography.states());
        model.addAttribute("listings", directories.approved(chosen, offered, served));
        model.addAttribute("pending", directories.pending());
        return "knowledge/directory";
    }

    @GetMapping("/directory/register")
    String registration(Model model) {
        model.addAttribute("kinds", ListingKind.values());
        model.addAttribute("services", BdsService.values());
        model.addAttribute("states", geography.states());
        return "knowledge/listing-register";
    }

    @PostMapping("/directory")
    String register(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) List<String> services,
            @RequestParam(defaultValue = "") String sectors,
            @RequestParam(required = false) List<String> states,
            @RequestParam(defaultValue = "") String accreditation,
            Model model) {
        try {
            List<BdsService> offered = new ArrayList<>();
            for (String s : services == null ? List.<String>of() : services) {
                offered.add(choice(BdsService.class, s, "services"));
            }
            List<Integer> served = new ArrayList<>();
            for (String s : states == null ? List.<String>of() : states) {
                served.add(number(s, "statesServed"));
            }
            long id = directories.register(new ListingRegistration(
                    kind.isBlank() ? null : choice(ListingKind.class, kind, "kind"),
                    name,
                    description,
                    offered,
                    Optional.of(sectors),
                    served,
                    Optional.of(accreditation)));
            return "redirect:/directory/" + id;
        } catch (IllegalArgumentException e) {
            model.addAttribute("registerError", e.getMessage());
            return registration(model);
        }
    }

    @GetMapping("/directory/{id:\\d+}")
    String listing(@PathVariable long id, Model model) {
        Listing listing = directories.listing(id).orElseThrow(() -> new NoSuchElementException("no listing " + id));
        model.addAttribute("listing", listing);
        model.addAttribute("ratings", directories.ratings(id));
        model.addAttribute("messages", directories.messages(id));
        model.addAttribute("mayReview", directories.mayReview());
        model.addAttribute(
                "stateNames",
                listing.statesServed().stream()
                        .map(code -> geography.state(code).map(State::name).orElse(Integer.toString(code)))
                        .toList());
        return "knowledge/listing";
    }

    @PostMapping("/directory/{id:\\d+}/review")
    String review(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String note,
            Model model) {
        return act(id, model, () -> directories.review(id, version, "APPROVE".equals(decision), note));
    }

    @PostMapping("/directory/{id:\\d+}/rate")
    String rate(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int stars,
            @RequestParam(defaultValue = "") String activity,
            @RequestParam(defaultValue = "") String comment,
            Model model) {
        return act(
                id,
                model,
                () -> directories.rate(
                        id,
                        new ListingRating(stars, activity, Optional.empty(), comment, "", java.time.Instant.now())));
    }

    @PostMapping("/directory/{id:\\d+}/message")
    String message(@PathVariable long id, @RequestParam(defaultValue = "") String body, Model model) {
        return act(id, model, () -> directories.message(id, body));
    }

    /** Does an action on a listing and shows it again; a refusal is shown on the page with its reason. */
    private String act(long id, Model model, Runnable action) {
        try {
            action.run();
            return "redirect:/directory/" + id;
        } catch (IllegalArgumentException | IllegalStateException e) {
            model.addAttribute("listingError", e.getMessage());
            return listing(id, model);
        } catch (AccessDeniedException e) {
            throw e;
        }
    }

    private static int number(String value, String field) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a whole number");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not one of the choices");
        }
    }
}
