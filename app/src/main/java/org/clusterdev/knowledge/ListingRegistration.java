package org.clusterdev.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * What a provider, supplier or institution says about itself when it registers.
 *
 * @param name 1 to 300 characters
 * @param description what it does, not empty
 * @param services the services it offers, at least one for a BDS provider
 * @param sectors the sectors or products it serves, free text
 * @param statesServed LGD codes of the states it serves; empty for all of India
 * @param accreditation its accreditations, free text
 * @throws IllegalArgumentException "field: reason" for a missing value
 */
public record ListingRegistration(
        ListingKind kind,
        String name,
        String description,
        List<BdsService> services,
        Optional<String> sectors,
        List<Integer> statesServed,
        Optional<String> accreditation) {

    public ListingRegistration {
        if (kind == null) {
            throw new IllegalArgumentException("kind: choose what is listed");
        }
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description.strip();
        if (name.isEmpty() || name.length() > 300) {
            throw new IllegalArgumentException("name: give a name of 1 to 300 characters");
        }
        if (description.isEmpty()) {
            throw new IllegalArgumentException("description: say what it does");
        }
        services = List.copyOf(services);
        if (kind == ListingKind.BDS_PROVIDER && services.isEmpty()) {
            throw new IllegalArgumentException("services: a BDS provider offers at least one service");
        }
        statesServed = List.copyOf(statesServed);
        sectors = sectors.map(String::strip).filter(s -> !s.isEmpty());
        accreditation = accreditation.map(String::strip).filter(s -> !s.isEmpty());
    }
}
