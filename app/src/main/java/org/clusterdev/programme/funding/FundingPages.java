package org.clusterdev.programme.funding;

import java.time.LocalDate;
import java.util.Optional;
import org.clusterdev.programme.CreditPlan;
import org.clusterdev.programme.CreditPlans;
import org.clusterdev.programme.FundingEntryDraft;
import org.clusterdev.programme.FundingEntryKind;
import org.clusterdev.programme.FundingLedger;
import org.clusterdev.programme.FundingSource;
import org.clusterdev.programme.plan.FormProblem;
import org.clusterdev.programme.plan.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The funding ledger of an intervention, its credit plans, and the funding of all schemes side by side. */
@Controller
class FundingPages {

    private final FundingLedger ledger;
    private final CreditPlans credit;
    private final InterventionAccess access;

    FundingPages(FundingLedger ledger, CreditPlans credit, InterventionAccess access) {
        this.ledger = ledger;
        this.credit = credit;
        this.access = access;
    }

    @GetMapping("/programme/funding")
    String schemes(Model model) {
        model.addAttribute("schemes", ledger.acrossSchemes());
        return "programme/funding/schemes";
    }

    @GetMapping("/programme/interventions/{id}/funding")
    String account(@PathVariable long id, Model model) {
        model.addAttribute("account", ledger.account(id));
        model.addAttribute("interventionId", id);
        model.addAttribute("interventionTitle", access.title(id));
        model.addAttribute("kinds", FundingEntryKind.values());
        model.addAttribute("sources", FundingSource.values());
        model.addAttribute("mayDecide", ledger.mayRecord(id, FundingEntryKind.SANCTION));
        model.addAttribute("mayRecord", ledger.mayRecord(id, FundingEntryKind.EXPENDITURE));
        model.addAttribute("today", LocalDate.now());
        return "programme/funding/account";
    }

    @PostMapping("/programme/interventions/{id}/funding/entries")
    String record(
            @PathVariable long id,
            @RequestParam String kind,
            @RequestParam String source,
            @RequestParam String amount,
            @RequestParam(required = false) String tranche,
            @RequestParam String onDate,
            @RequestParam(required = false) String reference,
            RedirectAttributes redirect) {
        return act(
                "/programme/interventions/" + id + "/funding",
                redirect,
                () -> ledger.record(
                        id,
                        new FundingEntryDraft(
                                choice(FundingEntryKind.class, kind, "kind"),
                                choice(FundingSource.class, source, "source"),
                                Forms.required(amount, "amount"),
                                Forms.number(tranche, "tranche").map(Long::intValue),
                                Forms.date(onDate, "onDate"),
                                reference)));
    }

    @PostMapping("/programme/interventions/{id}/funding/items")
    String fund(
            @PathVariable long id,
            @RequestParam String kind,
            @RequestParam String description,
            @RequestParam String amount,
            RedirectAttributes redirect) {
        return act(
                "/programme/interventions/" + id + "/funding",
                redirect,
                () -> ledger.fund(id, kind, description, Forms.required(amount, "amount")));
    }

    @GetMapping("/programme/interventions/{id}/credit-plans")
    String creditPlans(@PathVariable long id, Model model) {
        model.addAttribute("plans", credit.ofIntervention(id));
        model.addAttribute("interventionId", id);
        model.addAttribute("interventionTitle", access.title(id));
        model.addAttribute("mayPlan", credit.mayPlan(id));
        model.addAttribute("mayReview", credit.mayReview(id));
        return "programme/funding/credit";
    }

    @PostMapping("/programme/interventions/{id}/credit-plans")
    String createCreditPlan(
            @PathVariable long id,
            @RequestParam String year,
            @RequestParam String creditNeed,
            @RequestParam(required = false) String purpose,
            RedirectAttributes redirect) {
        return act(
                "/programme/interventions/" + id + "/credit-plans",
                redirect,
                () -> credit.create(
                        id, (int) Forms.required(year, "year"), Forms.required(creditNeed, "creditNeed"), purpose));
    }

    @PostMapping("/programme/interventions/{id}/credit-plans/{planId}/banks")
    String linkBank(
            @PathVariable long id,
            @PathVariable long planId,
            @RequestParam int version,
            @RequestParam String bank,
            @RequestParam String sanctioned,
            @RequestParam String disbursed,
            RedirectAttributes redirect) {
        return act(
                "/programme/interventions/" + id + "/credit-plans",
                redirect,
                () -> credit.linkBank(
                        id,
                        planId,
                        version,
                        new CreditPlan.BankCredit(
                                bank,
                                Forms.required(sanctioned, "sanctioned"),
                                Forms.number(disbursed, "disbursed").orElse(0L))));
    }

    @PostMapping("/programme/interventions/{id}/credit-plans/{planId}/reviews")
    String review(
            @PathVariable long id,
            @PathVariable long planId,
            @RequestParam int version,
            @RequestParam String reviewedOn,
            @RequestParam String remarks,
            RedirectAttributes redirect) {
        return act(
                "/programme/interventions/" + id + "/credit-plans",
                redirect,
                () -> credit.review(id, planId, version, Forms.date(reviewedOn, "reviewedOn"), remarks));
    }

    private static String act(String page, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("problem", FormProblem.of(e));
        }
        return "redirect:" + page;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, Optional.ofNullable(value).orElse("").strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not one of the choices", e);
        }
    }
}
