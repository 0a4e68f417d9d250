package org.clusterdev.registry;

import java.util.List;

/**
 * Whether one cluster meets one institution's definition, and why.
 *
 * @param code the definition's code
 * @param outcome met, missed, or cannot tell (a figure the definition needs is missing)
 * @param reasons the checks that decided the outcome, e.g. "63 looms, needs 500"; never empty
 * @param notes what the definition asks that the registry cannot check (a population condition, a travel
 *     time, an unknown extent); they do not change the outcome
 */
public record DefinitionVerdict(
        String code, String institution, String name, Outcome outcome, List<Reason> reasons, List<Reason> notes) {

    public DefinitionVerdict {
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
    }

    /** The verdict on a definition. */
    public enum Outcome {
        /** Every condition the registry can check holds, and at least one could be checked. */
        MET,
        /** At least one condition fails. */
        MISSED,
        /** No condition fails, but a needed figure is missing or nothing could be checked. */
        CANNOT_TELL
    }
}
