package org.clusterdev.registry.transfer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.clusterdev.geography.State;

/**
 * One checked row of a stakeholder file: an actor of a cluster and, optionally, its linkage to another.
 *
 * @param description the description, or empty; {@code null} when the file has no such column (keep stored)
 * @param contact the contact, or empty; {@code null} when the file has no such column (keep stored)
 */
record StakeholderRow(
        int number,
        long clusterId,
        String clusterName,
        State state,
        String actorName,
        String kind,
        Optional<String> description,
        Optional<String> contact,
        Optional<String> linkedTo,
        Optional<String> linkageKind,
        Optional<LocalDate> startedOn,
        Optional<LocalDate> endedOn) {

    /** The same actor in every row and every cluster of a state has the same key. */
    String actorKey() {
        return key(actorName);
    }

    String key(String name) {
        return state.code() + "|" + name.toLowerCase(Locale.ROOT);
    }

    String place() {
        return clusterName + ", " + state.name();
    }
}
