package org.clusterdev.programme;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clusterdev.identity.Role;

/**
 * Who may move an intervention into each stage, and so who must act while it stands in the stage before: the
 * scheme decides on selection, budget and closure, the implementing agency and its CDA carry the field work,
 * the resource organisation validates and evaluates, the state cell follows the clusters of its state
 * (DOMAIN.md §5). Administrators may act everywhere, to correct mistakes.
 */
public final class StageDuties {

    private static final Map<Stage, List<Role>> ACTORS = new EnumMap<>(Stage.class);

    static {
        ACTORS.put(Stage.SELECTED, List.of(Role.SCHEME_ADMINISTRATOR, Role.MINISTRY));
        ACTORS.put(Stage.AGENCY_AND_CDA_IN_PLACE, List.of(Role.SCHEME_ADMINISTRATOR, Role.STATE_CELL));
        ACTORS.put(Stage.DIAGNOSTIC_STUDY, List.of(Role.IMPLEMENTING_AGENCY, Role.CDA));
        ACTORS.put(Stage.TRUST_BUILDING, List.of(Role.IMPLEMENTING_AGENCY, Role.CDA));
        ACTORS.put(Stage.ACTION_PLAN, List.of(Role.IMPLEMENTING_AGENCY, Role.CDA));
        ACTORS.put(Stage.BUDGET_APPROVED, List.of(Role.SCHEME_ADMINISTRATOR, Role.MINISTRY));
        ACTORS.put(Stage.IMPLEMENTING, List.of(Role.IMPLEMENTING_AGENCY, Role.SCHEME_ADMINISTRATOR));
        ACTORS.put(Stage.EVALUATED, List.of(Role.RESOURCE_ORGANISATION, Role.SCHEME_ADMINISTRATOR));
        ACTORS.put(Stage.HANDED_OVER, List.of(Role.IMPLEMENTING_AGENCY, Role.SCHEME_ADMINISTRATOR));
        ACTORS.put(Stage.SELF_MANAGING, List.of(Role.SCHEME_ADMINISTRATOR, Role.STATE_CELL));
        ACTORS.put(Stage.CLOSED, List.of(Role.SCHEME_ADMINISTRATOR, Role.MINISTRY));
    }

    private StageDuties() {}

    /**
     * The roles that may move an intervention into {@code target}, administrators included; each acts only
     * within its scope.
     */
    public static List<Role> actorsFor(Stage target) {
        List<Role> roles = ACTORS.getOrDefault(target, List.of());
        return java.util.stream.Stream.concat(roles.stream(), java.util.stream.Stream.of(Role.ADMINISTRATOR))
                .toList();
    }

    /**
     * The roles that must act while an intervention stands in {@code stage} (those that may move it on),
     * administrators left out; empty for the final stages.
     */
    public static List<Role> whoMustAct(Stage stage) {
        return stage.next().map(next -> ACTORS.getOrDefault(next, List.of())).orElse(List.of());
    }

    /** The roles that record field work on an intervention: diagnostic studies, meetings, activities, evidence. */
    public static List<Role> fieldWorkers() {
        return List.of(
                Role.ADMINISTRATOR,
                Role.SCHEME_ADMINISTRATOR,
                Role.STATE_CELL,
                Role.IMPLEMENTING_AGENCY,
                Role.RESOURCE_ORGANISATION,
                Role.CDA);
    }

    /** The roles that may propose an intervention: the scheme, the state cell, and from the field the agency or CDA. */
    public static List<Role> proposers() {
        return List.of(
                Role.ADMINISTRATOR,
                Role.MINISTRY,
                Role.SCHEME_ADMINISTRATOR,
                Role.STATE_CELL,
                Role.IMPLEMENTING_AGENCY,
                Role.CDA);
    }
}
