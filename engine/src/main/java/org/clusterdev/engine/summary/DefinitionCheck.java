package org.clusterdev.engine.summary;

import java.util.List;

/**
 * Whether a cluster meets a definition and, when it does not, every reason why, in words such as
 * "63 looms, needs 500" or "extends 31.2 km from its centre, limit 25 km".
 *
 * @param code the definition's code
 * @param met whether the cluster meets it
 * @param reasons why not; empty when met
 */
public record DefinitionCheck(String code, boolean met, List<String> reasons) {

    public DefinitionCheck {
        reasons = List.copyOf(reasons);
    }

    /** "yes", or "no: " and the reasons. */
    public String verdict() {
        return met ? "yes" : "no: " + String.join("; ", reasons);
    }
}
