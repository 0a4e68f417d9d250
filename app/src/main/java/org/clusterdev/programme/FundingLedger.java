package org.clusterdev.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.Role;
import org.clusterdev.programme.funding.DoubleFunding;
import org.clusterdev.programme.funding.FundingRuleRows;
import org.clusterdev.programme.funding.InterventionAccess;
import org.clusterdev.programme.funding.LedgerRows;
import org.clusterdev.programme.funding.TrancheRelease;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding ledger of interventions and across schemes (seed 004 §3.8, §4.1): commitments, sanctions, releases
 * in tranches, expenditure, utilisation certificates and contributions by source, with the leverage ratio. The
 * scheme's side (administrator, ministry, scheme administrator, state cell) records commitments, sanctions and
 * releases; the implementing agency, resource organisation and CDA record expenditure, certificates and
 * contributions. A release that breaks a funding rule is refused with the rule named; every entry is audited.
 */
@Service
public class FundingLedger {

    static final List<Role> RULE_KEEPERS = List.of(Role.ADMINISTRATOR, Role.MINISTRY, Role.SCHEME_ADMINISTRATOR);

    private final LedgerRows rows;
    private final FundingRuleRows rules;
    private final InterventionAccess access;
    private final AuditTrail audit;

    FundingLedger(LedgerRows rows, FundingRuleRows rules, InterventionAccess access, AuditTrail audit) {
        this.rows = rows;
        this.rules = rules;
        this.access = access;
        this.audit = audit;
    }

    /**
     * The ledger of one intervention.
     *
     * @throws NoSuchElementException when there is no such intervention
     * @throws AccessDeniedException when the user may not see it
     */
    public FundingAccount account(long interventionId) {
        InterventionRef intervention = access.require(interventionId, InterventionAccess.READERS);
        return load(intervention);
    }

    /** Whether the current user may record entries of this kind for the intervention. */
    public boolean mayRecord(long interventionId, FundingEntryKind kind) {
        return access.find(interventionId)
                .map(i -> access.holds(rolesFor(kind), i))
                .orElse(false);
    }

    /**
     * Records a money event. A release takes the next tranche; after the first it needs the previous tranche's
     * utilisation certificate, and releases stay within the sanction.
     *
     * @throws FundingRefused naming the rules a release breaks; nothing is stored
     * @throws IllegalArgumentException "field: reason" for a tranche out of order or a certificate of an
     *     unreleased tranche
     * @throws AccessDeniedException when the user may not record this kind of entry for the intervention
     */
    @Transactional
    public FundingEntry record(long interventionId, FundingEntryDraft draft) {
        InterventionRef intervention = access.require(interventionId, rolesFor(draft.kind()));
        rows.lock(interventionId);
        FundingAccount account = load(intervention);
        FundingEntryDraft entry = switch (draft.kind()) {
            case RELEASE -> release(intervention, account, draft);
            case UTILISATION_CERTIFICATE -> certificate(account, draft);
            default -> draft;
        };
        long id = rows.insert(interventionId, entry, access.actor());
        FundingEntry stored = rows.entries(interventionId).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow();
        audit.record(entry.kind().name(), "funding_entry", Long.toString(id), Optional.empty(), Optional.of(stored));
        return stored;
    }

    /**
     * Records an asset or beneficiary the intervention funds; the same one funded under another scheme shows as
     * flagged in {@link FundingAccount#items()}.
     *
     * @param kind ASSET or BENEFICIARY
     * @throws IllegalArgumentException "field: reason" for a wrong kind, an empty description or amount, or an
     *     item the intervention already funds
     */
    @Transactional
    public FundedItem fund(long interventionId, String kind, String description, long amount) {
        InterventionRef intervention = access.require(interventionId, InterventionAccess.PLANNERS);
        if (!Set.of("ASSET", "BENEFICIARY").contains(kind)) {
            throw new IllegalArgumentException("kind: an item is an ASSET or a BENEFICIARY");
        }
        if (description == null || description.isBlank() || description.length() > 300) {
            throw new IllegalArgumentException("description: describe the item in at most 300 characters");
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("amount: an amount is more than zero rupees, was " + amount);
        }
        String key = DoubleFunding.key(description);
        if (!rows.insertItem(interventionId, kind, key, description.strip(), amount, access.actor())) {
            throw new IllegalArgumentException("description: this intervention already funds '" + key + "'");
        }
        FundedItem item = load(intervention).items().stream()
                .filter(i -> i.kind().equals(kind) && i.key().equals(key))
                .findFirst()
                .orElseThrow();
        audit.record("FUND_ITEM", "funded_item", Long.toString(item.id()), Optional.empty(), Optional.of(item));
        return item;
    }

    /** The ledgers of the interventions the user may see, added up per scheme. */
    public List<SchemeFunding> acrossSchemes() {
        Map<String, SchemeFunding> sums = new LinkedHashMap<>();
        for (LedgerRows.SchemeRow row : rows.byScheme()) {
            InterventionRef ref =
                    new InterventionRef(row.interventionId(), row.clusterId(), "", row.stateCode(), Stage.PROPOSED);
            if (access.holds(InterventionAccess.READERS, ref)) {
                sums.merge(row.funding().schemeCode(), row.funding(), FundingLedger::add);
            }
        }
        return new ArrayList<>(sums.values());
    }

    /** Whether a sanction is recorded for the intervention; for the lifecycle's checks, without a user's scope. */
    public boolean hasSanction(long interventionId) {
        return rows.entries(interventionId).stream().anyMatch(e -> e.kind() == FundingEntryKind.SANCTION);
    }

    /**
     * Switches a funding rule off or on for a scheme, with the reason; for national administrators, ministry and
     * scheme administrators.
     *
     * @throws IllegalArgumentException "field: reason" for an unknown scheme or rule, or no reason
     */
    @Transactional
    public void switchRule(String schemeCode, String ruleCode, boolean enabled, String reason) {
        if (!access.holdsNationally(RULE_KEEPERS)) {
            throw new AccessDeniedException("You may not change the funding rules of a scheme.");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: say why the rule is switched");
        }
        if (!rules.book(schemeCode).rules().containsKey(ruleCode)) {
            throw new IllegalArgumentException("rule: '" + ruleCode + "' is not a funding rule");
        }
        try {
            Optional<Boolean> before = rules.switchRule(schemeCode, ruleCode, enabled, reason.strip());
            audit.record(
                    "SWITCH_RULE", "scheme_funding_rule", schemeCode + "/" + ruleCode, before, Optional.of(enabled));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new IllegalArgumentException("scheme: '" + schemeCode + "' is not a scheme", e);
        }
    }

    private FundingEntryDraft release(InterventionRef intervention, FundingAccount account, FundingEntryDraft draft) {
        int next = account.nextTranche();
        int tranche = draft.tranche().orElse(next);
        if (tranche != next) {
            throw new IllegalArgumentException("tranche: the next tranche to release is " + next + ", not " + tranche);
        }
        Set<Integer> certified = new java.util.HashSet<>();
        for (int t = 1; t < tranche; t++) {
            if (account.certified(t)) {
                certified.add(t);
            }
        }
        List<FundingRuleBreach> breaches = TrancheRelease.check(
                tranche,
                draft.amount(),
                certified,
                account.total(FundingEntryKind.SANCTION),
                account.total(FundingEntryKind.RELEASE),
                rules.book(intervention.schemeCode()));
        if (!breaches.isEmpty()) {
            throw new FundingRefused(breaches);
        }
        return new FundingEntryDraft(
                draft.kind(), draft.source(), draft.amount(), Optional.of(tranche), draft.onDate(), draft.reference());
    }

    private static FundingEntryDraft certificate(FundingAccount account, FundingEntryDraft draft) {
        int tranche = draft.tranche().orElseThrow();
        long released = account.entries().stream()
                .filter(e -> e.kind() == FundingEntryKind.RELEASE && e.tranche().equals(Optional.of(tranche)))
                .mapToLong(FundingEntry::amount)
                .sum();
        if (released == 0) {
            throw new IllegalArgumentException("tranche: tranche " + tranche + " has not been released");
        }
        if (account.certified(tranche)) {
            throw new IllegalArgumentException(
                    "tranche: the certificate of tranche " + tranche + " is already recorded");
        }
        if (draft.amount() > released) {
            throw new IllegalArgumentException(
                    "amount: the certificate accounts for more than the " + released + " rupees of tranche " + tranche);
        }
        return draft;
    }

    private FundingAccount load(InterventionRef intervention) {
        return new FundingAccount(
                intervention.id(),
                intervention.schemeCode(),
                rows.entries(intervention.id()),
                rows.items(intervention.id()));
    }

    private static List<Role> rolesFor(FundingEntryKind kind) {
        return kind.isDecision() ? InterventionAccess.DECIDERS : InterventionAccess.PLANNERS;
    }

    private static SchemeFunding add(SchemeFunding a, SchemeFunding b) {
        return new SchemeFunding(
                a.schemeCode(),
                a.interventions() + b.interventions(),
                a.committed() + b.committed(),
                a.sanctioned() + b.sanctioned(),
                a.released() + b.released(),
                a.centralReleased() + b.centralReleased(),
                a.spent() + b.spent(),
                a.certified() + b.certified(),
                a.contributedOther() + b.contributedOther());
    }
}
