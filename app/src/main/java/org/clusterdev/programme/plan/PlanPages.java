package org.clusterdev.programme.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.programme.ActionPlan;
import org.clusterdev.programme.ActionPlans;
import org.clusterdev.programme.FundingSource;
import org.clusterdev.programme.InterventionRef;
import org.clusterdev.programme.PlanActivity;
import org.clusterdev.programme.PlanBudgetLine;
import org.clusterdev.programme.PlanTerms;
import org.clusterdev.programme.PlanVersion;
import org.clusterdev.programme.funding.InterventionAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The action plan of an intervention: its versions, the draft's editing, revision, approval and the diff. */
@Controller
@RequestMapping("/programme/interventions/{id}/action-plan")
class PlanPages {

    private final ActionPlans plans;
    private final InterventionAccess access;

    PlanPages(ActionPlans plans, InterventionAccess access) {
        this.plans = plans;
        this.access = access;
    }

    @GetMapping
    String plan(
            @PathVariable long id,
            @RequestParam Optional<Integer> v,
            @RequestParam Optional<Integer> edit,
            Model model) {
        Optional<ActionPlan> plan = plans.ofIntervention(id);
        model.addAttribute("interventionId", id);
        model.addAttribute("interventionTitle", access.title(id));
        model.addAttribute(
                "clusterId", access.find(id).map(InterventionRef::clusterId).orElse(null));
        model.addAttribute("plan", plan.orElse(null));
        model.addAttribute("mayPlan", plans.mayPlan(id));
        model.addAttribute("mayApprove", plans.mayApprove(id));
        model.addAttribute("catalogue", plans.catalogue());
        model.addAttribute("sources", FundingSource.values());
        plan.ifPresent(p -> {
            PlanVersion shown = v.flatMap(p::version).orElse(p.latest());
            model.addAttribute("shown", shown);
            model.addAttribute("breaches", plans.breaches(id, shown.number()));
            model.addAttribute(
                    "editing",
                    edit.flatMap(key -> shown.activities().stream()
                                    .filter(a -> a.key() == key)
                                    .findFirst())
                            .orElse(null));
        });
        return "programme/plan/plan";
    }

    @GetMapping("/diff")
    String diff(@PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("interventionId", id);
        model.addAttribute("interventionTitle", access.title(id));
        model.addAttribute("diff", plans.compare(id, from, to));
        model.addAttribute("plan", plans.ofIntervention(id).orElseThrow());
        return "programme/plan/diff";
    }

    @PostMapping("/start")
    String start(
            @PathVariable long id,
            @RequestParam String startsOn,
            @RequestParam String durationYears,
            @RequestParam String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> plans.start(id, terms(startsOn, durationYears, null, null, null), reason));
    }

    @PostMapping("/terms")
    String terms(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String startsOn,
            @RequestParam String durationYears,
            @RequestParam(required = false) String spvMembers,
            @RequestParam(required = false) String largestMemberEquity,
            @RequestParam(required = false) String landCost,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                () -> plans.changeTerms(
                        id, version, terms(startsOn, durationYears, spvMembers, largestMemberEquity, landCost)));
    }

    @PostMapping("/activities")
    String saveActivity(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam Optional<Integer> key,
            ActivityForm form,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            if (key.isEmpty()) {
                plans.addActivity(id, version, form.toDraft(List.of()));
            } else {
                PlanActivity before = plans.ofIntervention(id)
                        .flatMap(ActionPlan::draft)
                        .flatMap(d -> d.activities().stream()
                                .filter(a -> a.key() == key.get())
                                .findFirst())
                        .orElseThrow(
                                () -> new NoSuchElementException("activity: the draft has no activity " + key.get()));
                plans.changeActivity(id, version, key.get(), form.toDraft(before.lines()));
            }
        });
    }

    @PostMapping("/activities/{key}/remove")
    String removeActivity(
            @PathVariable long id, @PathVariable int key, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> plans.removeActivity(id, version, key));
    }

    @PostMapping("/management")
    String management(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String year,
            @RequestParam(name = "amount") List<String> amounts,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            int y = (int) Forms.required(year, "year");
            List<PlanBudgetLine> lines = new ArrayList<>(plans.ofIntervention(id)
                    .flatMap(ActionPlan::draft)
                    .map(PlanVersion::managementLines)
                    .orElse(List.of()));
            lines.removeIf(line -> line.year() == y);
            lines.addAll(Forms.linesOfYear(y, amounts));
            plans.setManagementCost(id, version, lines);
        });
    }

    @PostMapping("/revise")
    String revise(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> plans.revise(id, version, reason));
    }

    @PostMapping("/approve")
    String approve(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> plans.approve(id, version));
    }

    private static String act(long id, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("problem", FormProblem.of(e));
        }
        return "redirect:/programme/interventions/" + id + "/action-plan";
    }

    private static PlanTerms terms(
            String startsOn, String years, String spvMembers, String largestMemberEquity, String landCost) {
        return new PlanTerms(
                Forms.date(startsOn, "startsOn"),
                (int) Forms.required(years, "durationYears"),
                Forms.number(spvMembers, "spvMembers").map(Long::intValue),
                Forms.decimal(largestMemberEquity, "largestMemberEquity"),
                Forms.number(landCost, "landCost"));
    }
}
