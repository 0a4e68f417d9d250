package org.clusterdev.selection.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.selection.AssessmentDraft;
import org.clusterdev.selection.Candidate;
import org.clusterdev.selection.Round;
import org.clusterdev.selection.RoundCriterion;
import org.clusterdev.selection.RoundScoring;
import org.clusterdev.selection.ScoreDraft;
import org.clusterdev.selection.SelectionRounds;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An assessor's form for one candidate: a score and its evidence per criterion, and the declaration of any
 * conflict of interest. The fields are named after the round's criteria, so the form is read as a map.
 */
@Controller
class AssessmentPage {

    private final SelectionRounds rounds;
    private final RoundScoring scoring;

    AssessmentPage(SelectionRounds rounds, RoundScoring scoring) {
        this.rounds = rounds;
        this.scoring = scoring;
    }

    @GetMapping("/selection/{id}/candidates/{candidateId}/assess")
    String form(@PathVariable long id, @PathVariable long candidateId, Model model) {
        return page(id, candidateId, Map.of(), Optional.empty(), model);
    }

    @PostMapping("/selection/{id}/candidates/{candidateId}/assess")
    String submit(
            @PathVariable long id,
            @PathVariable long candidateId,
            @RequestParam Map<String, String> values,
            Model model,
            RedirectAttributes redirect) {
        Round round = rounds.find(id).orElseThrow(() -> new NoSuchElementException("no round " + id));
        try {
            scoring.submit(id, candidateId, draft(round.criteria(), values));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/selection/" + id;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return page(id, candidateId, values, Optional.of(FormError.of(e)), model);
        }
    }

    private String page(long id, long candidateId, Map<String, String> values, Optional<FormError> error, Model model) {
        Round round = rounds.find(id).orElseThrow(() -> new NoSuchElementException("no round " + id));
        Candidate candidate = round.candidates().stream()
                .filter(c -> c.id() == candidateId)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no candidate " + candidateId));
        if (!scoring.mayAssess(round, candidate)) {
            throw new AccessDeniedException("You may not assess this candidate.");
        }
        model.addAttribute("round", round);
        model.addAttribute("candidate", candidate);
        model.addAttribute("values", values);
        error.ifPresent(e -> model.addAttribute("error", e));
        return "selection/assess";
    }

    private static AssessmentDraft draft(List<RoundCriterion> criteria, Map<String, String> values) {
        List<ScoreDraft> scores = new ArrayList<>();
        for (RoundCriterion criterion : criteria) {
            String field = "scores." + criterion.code();
            String score = values.get("score_" + criterion.code());
            if (score == null || score.isBlank()) {
                throw new IllegalArgumentException(field + ": choose a score from 0 to 10");
            }
            int value;
            try {
                value = Integer.parseInt(score.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + ": '" + score + "' is not a score from 0 to 10");
            }
            scores.add(new ScoreDraft(criterion.code(), value, values.get("evidence_" + criterion.code())));
        }
        return new AssessmentDraft(
                "on".equals(values.get("conflictOfInterest")) || "true".equals(values.get("conflictOfInterest")),
                values.get("conflictNote"),
                scores);
    }
}
