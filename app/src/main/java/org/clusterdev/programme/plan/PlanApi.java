package org.clusterdev.programme.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.programme.ActionPlan;
import org.clusterdev.programme.ActionPlans;
import org.clusterdev.programme.FundingRefused;
import org.clusterdev.programme.FundingRuleBreach;
import org.clusterdev.programme.PlanActivityDraft;
import org.clusterdev.programme.PlanBudgetLine;
import org.clusterdev.programme.PlanDiff;
import org.clusterdev.programme.PlanTerms;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The action plan of an intervention over the API. Changes name the plan's {@code version} they were made on;
 * a stale one answers 409. A refused approval answers 422 with the funding rules broken in {@code rules}.
 */
@RestController
@RequestMapping("/api/v1/interventions/{id}/action-plan")
@Tag(name = "Action plans", description = "Action plans, their versions, revisions and the diff between versions")
class PlanApi {

    private final ActionPlans plans;

    PlanApi(ActionPlans plans) {
        this.plans = plans;
    }

    @GetMapping
    @Operation(summary = "The plan with every version, oldest first; 404 when none was started")
    ActionPlan plan(@PathVariable long id) {
        return plans.ofIntervention(id)
                .orElseThrow(() -> new NoSuchElementException("plan: intervention " + id + " has no action plan"));
    }

    @PostMapping
    @Operation(summary = "Starts the plan as draft version 1")
    ActionPlan start(@PathVariable long id, @RequestBody TermsRequest terms) {
        return plans.start(id, terms.toTerms(), terms.reason());
    }

    @PutMapping("/terms")
    @Operation(summary = "Changes the draft's start, duration and SPV figures")
    ActionPlan terms(@PathVariable long id, @RequestParam int version, @RequestBody TermsRequest terms) {
        plans.changeTerms(id, version, terms.toTerms());
        return plan(id);
    }

    @PostMapping("/activities")
    @Operation(summary = "Adds an activity from the catalogue to the draft")
    ActionPlan addActivity(@PathVariable long id, @RequestParam int version, @RequestBody ActivityRequest activity) {
        plans.addActivity(id, version, activity.toDraft());
        return plan(id);
    }

    @PutMapping("/activities/{key}")
    @Operation(summary = "Replaces an activity of the draft, keeping its key")
    ActionPlan changeActivity(
            @PathVariable long id,
            @PathVariable int key,
            @RequestParam int version,
            @RequestBody ActivityRequest activity) {
        plans.changeActivity(id, version, key, activity.toDraft());
        return plan(id);
    }

    @DeleteMapping("/activities/{key}")
    @Operation(summary = "Removes an activity from the draft")
    ActionPlan removeActivity(@PathVariable long id, @PathVariable int key, @RequestParam int version) {
        plans.removeActivity(id, version, key);
        return plan(id);
    }

    @PutMapping("/management-cost")
    @Operation(summary = "Replaces the draft's cluster management cost (IA fees, CDA)")
    ActionPlan managementCost(@PathVariable long id, @RequestParam int version, @RequestBody List<LineRequest> lines) {
        plans.setManagementCost(
                id, version, lines.stream().map(LineRequest::toLine).toList());
        return plan(id);
    }

    @PostMapping("/revisions")
    @Operation(summary = "Opens a revision: a new draft copied from the newest version, with the reason")
    ActionPlan revise(@PathVariable long id, @RequestParam int version, @RequestBody RevisionRequest revision) {
        plans.revise(id, version, revision.reason());
        return plan(id);
    }

    @PostMapping("/approval")
    @Operation(
            summary = "Approves the draft",
            description = "Refused with 422 and the rules broken when the budget breaks a funding rule of the scheme.")
    ActionPlan approve(@PathVariable long id, @RequestParam int version) {
        plans.approve(id, version);
        return plan(id);
    }

    @GetMapping("/diff")
    @Operation(summary = "What changed between two versions: activities, fields, budget by source and year")
    PlanDiff diff(
            @PathVariable long id,
            @Parameter(description = "The earlier version's number") @RequestParam int from,
            @Parameter(description = "The later version's number") @RequestParam int to) {
        return plans.compare(id, from, to);
    }

    @GetMapping("/versions/{number}/rule-check")
    @Operation(summary = "The funding rules a version's budget breaks; empty when it passes")
    List<FundingRuleBreach> ruleCheck(@PathVariable long id, @PathVariable int number) {
        return plans.breaches(id, number);
    }

    @ExceptionHandler(FundingRefused.class)
    ProblemDetail refused(FundingRefused e) {
        return FundingProblems.of(e);
    }

    /** The frame of a plan; {@code reason} is needed only to start one. */
    record TermsRequest(
            String startsOn,
            Integer durationYears,
            Integer spvMembers,
            BigDecimal largestMemberEquity,
            Long landCost,
            String reason) {

        PlanTerms toTerms() {
            if (durationYears == null) {
                throw new IllegalArgumentException("durationYears: give the plan's duration in years");
            }
            return new PlanTerms(
                    Forms.date(startsOn, "startsOn"),
                    durationYears,
                    Optional.ofNullable(spvMembers),
                    Optional.ofNullable(largestMemberEquity),
                    Optional.ofNullable(landCost));
        }
    }

    /** An activity; matrix cell fields left out take the catalogue's. */
    record ActivityRequest(
            String activityType,
            String title,
            String matrixIntervention,
            String matrixNature,
            String startsOn,
            String endsOn,
            String responsible,
            String outputs,
            String indicators,
            List<LineRequest> lines) {

        PlanActivityDraft toDraft() {
            return new PlanActivityDraft(
                    activityType,
                    title,
                    Optional.ofNullable(matrixIntervention).filter(s -> !s.isBlank()),
                    Optional.ofNullable(matrixNature).filter(s -> !s.isBlank()),
                    Forms.date(startsOn, "startsOn"),
                    Forms.date(endsOn, "endsOn"),
                    responsible,
                    outputs,
                    indicators,
                    lines == null
                            ? List.of()
                            : lines.stream().map(LineRequest::toLine).toList());
        }
    }

    /** A budget line: plan year, source (CENTRAL, STATE, FINANCIAL_INSTITUTION, BENEFICIARY, CSR, INTERNATIONAL). */
    record LineRequest(Integer year, String source, Long amount) {

        PlanBudgetLine toLine() {
            if (year == null || amount == null) {
                throw new IllegalArgumentException("lines: every line needs a year and an amount");
            }
            return new PlanBudgetLine(Optional.empty(), year, FundingProblems.source(source), amount);
        }
    }

    /** Why the plan is revised. */
    record RevisionRequest(String reason) {}
}
