package org.clusterdev.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A recorded best practice, with the registry facts of its cluster as they were when it was recorded.
 *
 * @param nicCode the cluster's main NIC code then, when classified
 * @param typologyCode the cluster's typology then
 * @param typologyFamily its broad typology then (the parent, or the typology itself at the top)
 */
public record Practice(
        long id,
        String title,
        String problem,
        String action,
        String result,
        Optional<Long> costRupees,
        long clusterId,
        String clusterName,
        Optional<String> nicCode,
        String typologyCode,
        String typologyFamily,
        int stateCode,
        ActivityType activityType,
        List<Theme> themes,
        Optional<Long> documentId,
        String recordedBy,
        Instant recordedAt) {

    public Practice {
        themes = List.copyOf(themes);
    }
}
