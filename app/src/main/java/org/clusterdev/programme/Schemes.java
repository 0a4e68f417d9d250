package org.clusterdev.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.programme.internal.SchemeRows;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.Typology;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cluster development schemes as data: anyone reads them; administrators, the ministry and national scheme
 * administrators add and change them, with their time limits, selection weights, quotas and calls for
 * proposals, without a change of code. Every change is audited and guarded by the version the editor saw.
 */
@Service
public class Schemes {

    static final List<Role> EDITORS = List.of(Role.ADMINISTRATOR, Role.MINISTRY, Role.SCHEME_ADMINISTRATOR);

    /** No state has this code, so only national grants count for editing schemes. */
    private static final int NO_STATE = -1;

    private final SchemeRows rows;
    private final ClusterRegistry registry;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    Schemes(SchemeRows rows, ClusterRegistry registry, CurrentUser currentUser, AuditTrail audit) {
        this.rows = rows;
        this.registry = registry;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Every scheme, in the order of seed 004 Table 2.2, then new ones by name. */
    public List<Scheme> all() {
        return rows.all();
    }

    /** The scheme with this code, when it exists. */
    public Optional<Scheme> find(String code) {
        return rows.find(code);
    }

    /** The weight of each selection parameter under a scheme, totalling 100, for scoring clusters. */
    public Map<String, BigDecimal> selectionWeights(String schemeCode) {
        return find(schemeCode)
                .map(Scheme::weights)
                .orElseThrow(() -> new NoSuchElementException("no scheme " + schemeCode));
    }

    /** The selection parameters of a framework ({@code MSME} or {@code UNIDO}) with their default weights. */
    public Map<String, BigDecimal> defaultWeights(String framework) {
        return rows.defaultWeights(framework);
    }

    /** Whether the current user may add and change schemes. */
    public boolean mayEdit() {
        return currentUser.holds(EDITORS, NO_STATE, Optional.empty());
    }

    /**
     * Adds a scheme.
     *
     * @throws IllegalArgumentException "code: ..." for a malformed or taken code, or the field of another refusal
     * @throws AccessDeniedException when the user may not edit schemes
     */
    @Transactional
    public Scheme create(String code, SchemeChanges changes) {
        requireEditor();
        String key = code == null ? "" : code.strip();
        if (!key.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new IllegalArgumentException(
                    "code: 2 to 40 capital letters, digits or underscores, starting with a letter");
        }
        if (rows.find(key).isPresent()) {
            throw new IllegalArgumentException("code: a scheme with code " + key + " exists");
        }
        validate(changes);
        rows.insert(key, changes);
        Scheme created = rows.find(key).orElseThrow();
        audit.record("CREATE", "scheme", key, Optional.empty(), Optional.of(created));
        return created;
    }

    /**
     * Changes a scheme, provided nobody changed it since the editor read {@code expectedVersion}.
     *
     * @throws NoSuchElementException when there is no such scheme
     * @throws IllegalStateException "version: ..." when someone else saved first; nothing is stored
     * @throws AccessDeniedException when the user may not edit schemes
     */
    @Transactional
    public Scheme update(String code, int expectedVersion, SchemeChanges changes) {
        requireEditor();
        Scheme before = rows.find(code).orElseThrow(() -> new NoSuchElementException("no scheme " + code));
        validate(changes);
        if (before.version() != expectedVersion || !rows.update(code, expectedVersion, changes)) {
            throw new IllegalStateException(
                    "version: someone else changed this scheme since you opened it; reload to see their change");
        }
        Scheme after = rows.find(code).orElseThrow();
        audit.record("UPDATE", "scheme", code, Optional.of(before), Optional.of(after));
        return after;
    }

    /** A scheme's calls for proposals, newest first. */
    public List<CallForProposals> calls(String schemeCode) {
        return rows.calls(schemeCode);
    }

    /** The scheme's calls open on {@code day}. */
    public List<CallForProposals> openCalls(String schemeCode, LocalDate day) {
        return calls(schemeCode).stream().filter(call -> call.openOn(day)).toList();
    }

    /**
     * Opens a call for proposals under a scheme.
     *
     * @throws IllegalArgumentException "title: ...", "opensOn: ...", "closesOn: ..." for a missing title or
     *     window, or a window that closes before it opens
     */
    @Transactional
    public CallForProposals openCall(
            String schemeCode, String title, LocalDate opensOn, LocalDate closesOn, Optional<String> description) {
        requireEditor();
        rows.find(schemeCode).orElseThrow(() -> new NoSuchElementException("no scheme " + schemeCode));
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > 300) {
            throw new IllegalArgumentException("title: a call needs a title of 1 to 300 characters");
        }
        if (opensOn == null) {
            throw new IllegalArgumentException("opensOn: the first day of the window is required");
        }
        if (closesOn == null || closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException(
                    "closesOn: the last day of the window is required, on or after the first");
        }
        long id = rows.insertCall(
                schemeCode,
                name,
                opensOn,
                closesOn,
                description.map(String::strip).filter(d -> !d.isEmpty()));
        CallForProposals call = rows.calls(schemeCode).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
        audit.record("CREATE", "call_for_proposals", Long.toString(id), Optional.empty(), Optional.of(call));
        return call;
    }

    private void requireEditor() {
        if (!mayEdit()) {
            throw new AccessDeniedException(
                    "Only administrators, the ministry and scheme administrators edit schemes.");
        }
    }

    private void validate(SchemeChanges changes) {
        Set<String> typologies =
                registry.typologies().stream().map(Typology::code).collect(Collectors.toSet());
        changes.typologiesServed().stream()
                .filter(code -> !typologies.contains(code))
                .findFirst()
                .ifPresent(code -> {
                    throw new IllegalArgumentException("typologiesServed: '" + code + "' is not a typology");
                });
        Set<String> parameters =
                rows.defaultWeights(changes.selectionFramework()).keySet();
        changes.weights().keySet().stream()
                .filter(code -> !parameters.contains(code))
                .findFirst()
                .ifPresent(code -> {
                    throw new IllegalArgumentException("weights." + code + ": not a parameter of the "
                            + changes.selectionFramework() + " framework");
                });
    }
}
