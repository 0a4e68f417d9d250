package org.clusterdev.registry;

import java.util.Optional;

/**
 * A cluster found in enterprise data that the registry does not hold (yet), as the definitions see it: where it
 * lies, what it counts and how far it reaches. It has no typology yet, so it is checked against every definition.
 *
 * @param stateCode the LGD code of the state most of its units lie in, if known
 * @param districtName the district most of its units lie in, if known (for regional relaxations)
 * @param latitude its centre
 * @param longitude its centre
 * @param extentKm how far its farthest unit lies from its centre
 * @param enterprises its units (core and border)
 * @param artisans summed artisans, when the data has that column
 * @param looms summed looms, when the data has that column
 * @param families summed families, when the data has that column
 * @param employment summed persons employed, when known
 */
public record CandidateFacts(
        Optional<Integer> stateCode,
        Optional<String> districtName,
        double latitude,
        double longitude,
        double extentKm,
        long enterprises,
        Optional<Long> artisans,
        Optional<Long> looms,
        Optional<Long> families,
        Optional<Long> employment) {

    public CandidateFacts {
        if (!(extentKm >= 0)) {
            throw new IllegalArgumentException("extentKm: 0 or more, was " + extentKm);
        }
        if (enterprises < 0) {
            throw new IllegalArgumentException("enterprises: 0 or more, was " + enterprises);
        }
    }
}
