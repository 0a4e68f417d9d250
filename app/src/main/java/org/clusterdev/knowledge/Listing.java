package org.clusterdev.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A directory listing as pages show it; no contact address is part of it (messages go through the system).
 *
 * @param averageStars the mean of its ratings, empty without any
 * @param ratings how many users rated it
 */
public record Listing(
        long id,
        ListingKind kind,
        String name,
        String description,
        List<BdsService> services,
        Optional<String> sectors,
        List<Integer> statesServed,
        Optional<String> accreditation,
        ListingStatus status,
        String registeredBy,
        Instant registeredAt,
        Optional<String> reviewNote,
        Optional<Double> averageStars,
        int ratings,
        int version) {

    public Listing {
        services = List.copyOf(services);
        statesServed = List.copyOf(statesServed);
    }
}
