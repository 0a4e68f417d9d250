package org.clusterdev.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored document as pages and the API show it.
 *
 * @param mediaType the type found in its content, e.g. {@code application/pdf}
 * @param textChars how many characters of text were extracted (0 for an image)
 * @param excerpt the first characters of its text
 * @param clusterNames the names of the clusters it concerns, in the order of {@code clusterIds}
 * @param roles the roles that may read a restricted document
 */
public record DocumentView(
        long id,
        String title,
        DocumentKind kind,
        String language,
        String mediaType,
        String fileName,
        long sizeBytes,
        String sha256,
        int textChars,
        Optional<Integer> year,
        Optional<Integer> stateCode,
        List<Long> clusterIds,
        List<String> clusterNames,
        Optional<String> scheme,
        Optional<String> activityType,
        Optional<String> product,
        Optional<String> nicCode,
        Optional<String> places,
        Visibility visibility,
        List<String> roles,
        String uploadedBy,
        Instant uploadedAt,
        String excerpt) {}
