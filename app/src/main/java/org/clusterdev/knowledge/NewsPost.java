package org.clusterdev.knowledge;

import java.time.Instant;
import java.util.Optional;

/**
 * A news post as pages, the feed and the API show it.
 *
 * @param publishedAt when it was published, empty before
 * @param version the optimistic-locking version, to be sent back with a change
 */
public record NewsPost(
        long id,
        String title,
        String summary,
        String body,
        String language,
        NewsStatus status,
        String author,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> publishedAt,
        int version) {}
