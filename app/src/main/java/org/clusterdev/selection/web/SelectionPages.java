package org.clusterdev.selection.web;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.programme.SelectionCriteria;
import org.clusterdev.selection.Candidate;
import org.clusterdev.selection.Decision;
import org.clusterdev.selection.Round;
import org.clusterdev.selection.RoundDraft;
import org.clusterdev.selection.RoundKind;
import org.clusterdev.selection.RoundResults;
import org.clusterdev.selection.RoundScoring;
import org.clusterdev.selection.SelectionDecisions;
import org.clusterdev.selection.SelectionRounds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The selection rounds: the list, opening one, and a round's page with candidates, results and decisions. */
@Controller
class SelectionPages {

    private final SelectionRounds rounds;
    private final RoundScoring scoring;
    private final SelectionDecisions decisions;
    private final SelectionCriteria criteria;
    private final Geography geography;
    private final CandidateChoices choices;

    SelectionPages(
            SelectionRounds rounds,
            RoundScoring scoring,
            SelectionDecisions decisions,
            SelectionCriteria criteria,
            Geography geography,
            CandidateChoices choices) {
        this.rounds = rounds;
        this.scoring = scoring;
        this.decisions = decisions;
        this.criteria = criteria;
        this.geography = geography;
        this.choices = choices;
    }

    @GetMapping("/selection")
    String list(Model model) {
        return listPage(new RoundForm("CLUSTER", "", "", "MSME", "", "10", ""), Optional.empty(), model);
    }

    @PostMapping("/selection")
    String open(@ModelAttribute RoundForm form, Model model) {
        try {
            return "redirect:/selection/" + rounds.open(form.toDraft());
        } catch (IllegalArgumentException e) {
            return listPage(form, Optional.of(FormError.of(e)), model);
        }
    }

    @GetMapping("/selection/{id}")
    String round(@PathVariable long id, Model model) {
        Round round = find(id);
        model.addAttribute("round", round);
        model.addAttribute("results", scoring.results(round));
        model.addAttribute("chair", rounds.chairs(round));
        model.addAttribute(
                "assessable",
                round.candidates().stream()
                        .filter(candidate -> scoring.mayAssess(round, candidate))
                        .map(Candidate::id)
                        .toList());
        model.addAttribute("choices", rounds.chairs(round) ? choices.of(round) : List.of());
        model.addAttribute("states", stateNames());
        model.addAttribute("highDisagreement", (int) RoundResults.HIGH_DISAGREEMENT);
        model.addAttribute(
                "scheme",
                Optional.ofNullable(round.schemeCode())
                        .flatMap(criteria::scheme)
                        .orElse(null));
        return "selection/round";
    }

    @PostMapping("/selection/{id}/candidates")
    String addCandidate(@PathVariable long id, @ModelAttribute CandidateForm form, RedirectAttributes redirect) {
        try {
            rounds.addCandidate(
                    id,
                    FormValues.requiredId("referenceId", form.referenceId()),
                    Boolean.TRUE.equals(form.backwardArea()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", FormError.of(e));
        }
        return "redirect:/selection/" + id;
    }

    @PostMapping("/selection/{id}/close")
    String close(@PathVariable long id, @ModelAttribute VersionForm form, RedirectAttributes redirect) {
        try {
            rounds.close(id, form.version() == null ? -1 : form.version());
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("error", FormError.of(e));
        }
        return "redirect:/selection/" + id;
    }

    @PostMapping("/selection/{id}/candidates/{candidateId}/decision")
    String decide(
            @PathVariable long id,
            @PathVariable long candidateId,
            @ModelAttribute DecisionForm form,
            RedirectAttributes redirect) {
        try {
            decisions.decide(id, candidateId, form.decision(), form.reason());
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", FormError.of(e));
        }
        return "redirect:/selection/" + id;
    }

    private String listPage(RoundForm form, Optional<FormError> error, Model model) {
        model.addAttribute("rounds", rounds.all());
        model.addAttribute("form", form);
        model.addAttribute("mayOpen", rounds.mayOpen(Optional.empty()) || mayOpenInAState());
        model.addAttribute("schemes", criteria.schemes());
        model.addAttribute("frameworks", criteria.frameworks());
        model.addAttribute("stateList", geography.states());
        model.addAttribute("states", stateNames());
        model.addAttribute("kinds", RoundKind.values());
        error.ifPresent(e -> model.addAttribute("error", e));
        return "selection/rounds";
    }

    private boolean mayOpenInAState() {
        return geography.states().stream().anyMatch(state -> rounds.mayOpen(Optional.of(state.code())));
    }

    private Map<Integer, String> stateNames() {
        return geography.states().stream().collect(Collectors.toMap(State::code, State::name));
    }

    private Round find(long id) {
        return rounds.find(id).orElseThrow(() -> new NoSuchElementException("no round " + id));
    }

    /** The form to open a round; text as typed, checked when it becomes a draft. */
    record RoundForm(
            String kind,
            String title,
            String schemeCode,
            String framework,
            String stateCode,
            String minNorthEastPercent,
            String interventionId) {

        RoundDraft toDraft() {
            RoundKind roundKind;
            try {
                roundKind = RoundKind.valueOf(kind == null ? "" : kind);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("kind: choose clusters, agencies or CDAs");
            }
            boolean forClusters = roundKind == RoundKind.CLUSTER;
            return new RoundDraft(
                    roundKind,
                    title,
                    forClusters ? schemeCode : (schemeCode == null || schemeCode.isBlank() ? null : schemeCode),
                    forClusters ? framework : null,
                    stateCode == null || stateCode.isBlank()
                            ? Optional.empty()
                            : Optional.of(FormValues.requiredInt("stateCode", stateCode)),
                    FormValues.percent("minNorthEastPercent", minNorthEastPercent, 10),
                    roundKind == RoundKind.AGENCY ? FormValues.id("interventionId", interventionId) : Optional.empty());
        }
    }

    record CandidateForm(String referenceId, Boolean backwardArea) {}

    record VersionForm(Integer version) {}

    record DecisionForm(Decision decision, String reason) {}
}
