package org.clusterdev.programme;

import java.util.List;
import java.util.Optional;

/**
 * The action plan of an intervention with every version it has had.
 *
 * @param id the plan
 * @param version guards the plan against concurrent changes: a change names the version it was made on
 * @param versions oldest first; only the last may be a draft
 */
public record ActionPlan(long id, long interventionId, int version, List<PlanVersion> versions)
        implements java.io.Serializable {

    /** The newest version. */
    public PlanVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The version being edited, if one is. */
    public Optional<PlanVersion> draft() {
        return Optional.of(latest()).filter(v -> v.status() == PlanVersion.Status.DRAFT);
    }

    /** The version in force: the last approved one. */
    public Optional<PlanVersion> approved() {
        return versions.stream()
                .filter(v -> v.status() == PlanVersion.Status.APPROVED)
                .reduce((a, b) -> b);
    }

    /** The version with this number. */
    public Optional<PlanVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }
}
