package org.clusterdev.knowledge;

import java.time.Instant;
import java.util.Optional;

/**
 * A user's rating of a listing, given for the activity the service was used for.
 *
 * @param stars 1 to 5
 * @param activity the action-plan activity the service was used for, 1 to 300 characters
 * @param clusterId the cluster it was used in, when given
 * @param ratedBy who rated (filled in by the directory)
 * @throws IllegalArgumentException "field: reason" for a value out of range
 */
public record ListingRating(
        int stars, String activity, Optional<Long> clusterId, String comment, String ratedBy, Instant ratedAt) {

    public ListingRating {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars: from 1 to 5");
        }
        activity = activity == null ? "" : activity.strip();
        if (activity.isEmpty() || activity.length() > 300) {
            throw new IllegalArgumentException(
                    "activity: name the activity you used the service for (at most 300 characters)");
        }
        comment = comment == null ? "" : comment.strip();
    }
}
