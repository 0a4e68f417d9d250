package org.clusterdev.programme.funding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.clusterdev.programme.CreditPlan;
import org.clusterdev.programme.CreditPlans;
import org.clusterdev.programme.FundedItem;
import org.clusterdev.programme.FundingAccount;
import org.clusterdev.programme.FundingEntry;
import org.clusterdev.programme.FundingEntryDraft;
import org.clusterdev.programme.FundingLedger;
import org.clusterdev.programme.FundingRefused;
import org.clusterdev.programme.SchemeFunding;
import org.clusterdev.programme.plan.Forms;
import org.clusterdev.programme.plan.FundingProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The funding ledger, funding across schemes, scheme switches of funding rules and cluster credit plans over the
 * API. A refused release answers 422 with the rules broken in {@code rules}.
 */
@RestController
@Tag(name = "Funding", description = "Funding ledger, funding rules and cluster credit plans")
class FundingApi {

    private final FundingLedger ledger;
    private final CreditPlans credit;

    FundingApi(FundingLedger ledger, CreditPlans credit) {
        this.ledger = ledger;
        this.credit = credit;
    }

    @GetMapping("/api/v1/interventions/{id}/funding")
    @Operation(
            summary = "The ledger of an intervention: entries newest first, funded items with double funding flagged")
    FundingAccount account(@PathVariable long id) {
        return ledger.account(id);
    }

    @PostMapping("/api/v1/interventions/{id}/funding/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Records a commitment, sanction, release, expenditure, utilisation certificate or contribution",
            description = "A release takes the next tranche; after the first it needs the previous tranche's"
                    + " utilisation certificate, and releases stay within the sanction (422 otherwise).")
    FundingEntry record(@PathVariable long id, @RequestBody EntryRequest entry) {
        return ledger.record(id, entry.toDraft());
    }

    @PostMapping("/api/v1/interventions/{id}/funding/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records an asset or beneficiary the intervention funds, flagged when another scheme does too")
    FundedItem fund(@PathVariable long id, @RequestBody ItemRequest item) {
        return ledger.fund(id, item.kind(), item.description(), item.amount() == null ? 0 : item.amount());
    }

    @GetMapping("/api/v1/funding/schemes")
    @Operation(summary = "The ledgers the caller may see, added up per scheme, with leverage ratios")
    List<SchemeFunding> schemes() {
        return ledger.acrossSchemes();
    }

    @PutMapping("/api/v1/funding/schemes/{scheme}/rules/{rule}")
    @Operation(summary = "Switches a funding rule on or off for a scheme, with the reason (national roles only)")
    void switchRule(@PathVariable String scheme, @PathVariable String rule, @RequestBody RuleSwitch change) {
        ledger.switchRule(scheme, rule, change.enabled() == null || change.enabled(), change.reason());
    }

    @GetMapping("/api/v1/interventions/{id}/credit-plans")
    @Operation(summary = "The cluster credit plans of an intervention, by year")
    List<CreditPlan> creditPlans(@PathVariable long id) {
        return credit.ofIntervention(id);
    }

    @PostMapping("/api/v1/interventions/{id}/credit-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Starts the credit plan of a financial year")
    CreditPlan createCreditPlan(@PathVariable long id, @RequestBody CreditPlanRequest plan) {
        return credit.create(
                id,
                plan.year() == null ? 0 : plan.year(),
                plan.creditNeed() == null ? -1 : plan.creditNeed(),
                plan.purpose());
    }

    @PostMapping("/api/v1/interventions/{id}/credit-plans/{planId}/banks")
    @Operation(summary = "Links a bank, or changes what a linked bank sanctioned and disbursed")
    CreditPlan linkBank(
            @PathVariable long id,
            @PathVariable long planId,
            @RequestParam int version,
            @RequestBody BankRequest bank) {
        return credit.linkBank(
                id,
                planId,
                version,
                new CreditPlan.BankCredit(
                        bank.bank(),
                        bank.sanctioned() == null ? -1 : bank.sanctioned(),
                        bank.disbursed() == null ? 0 : bank.disbursed()));
    }

    @PostMapping("/api/v1/interventions/{id}/credit-plans/{planId}/reviews")
    @Operation(summary = "Records a review by the state level bankers' committee")
    CreditPlan review(
            @PathVariable long id,
            @PathVariable long planId,
            @RequestParam int version,
            @RequestBody ReviewRequest review) {
        return credit.review(id, planId, version, Forms.date(review.reviewedOn(), "reviewedOn"), review.remarks());
    }

    @ExceptionHandler(FundingRefused.class)
    ProblemDetail refused(FundingRefused e) {
        return FundingProblems.of(e);
    }

    /** A money event; {@code tranche} only for releases (optional) and utilisation certificates. */
    record EntryRequest(String kind, String source, Long amount, Integer tranche, String onDate, String reference) {

        FundingEntryDraft toDraft() {
            return new FundingEntryDraft(
                    FundingPages.choice(org.clusterdev.programme.FundingEntryKind.class, kind, "kind"),
                    FundingProblems.source(source),
                    amount == null ? 0 : amount,
                    Optional.ofNullable(tranche),
                    Forms.date(onDate, "onDate"),
                    reference);
        }
    }

    /** An asset or beneficiary: kind ASSET or BENEFICIARY. */
    record ItemRequest(String kind, String description, Long amount) {}

    /** Whether the rule applies to the scheme, and why it is switched. */
    record RuleSwitch(Boolean enabled, String reason) {}

    /** A credit plan: the financial year it starts in, the credit needed in rupees, what for. */
    record CreditPlanRequest(Integer year, Long creditNeed, String purpose) {}

    /** A bank linked to a credit plan with the credit it sanctioned and disbursed, in rupees. */
    record BankRequest(String bank, Long sanctioned, Long disbursed) {}

    /** An SLBC review: the meeting's date (YYYY-MM-DD) and the committee's remarks. */
    record ReviewRequest(String reviewedOn, String remarks) {}
}
