package org.clusterdev.mapping.internal;

import java.util.Optional;
import org.clusterdev.registry.CandidateFacts;

/** A candidate's figures as the registry's definitions take them: whole counts, rounded. */
public final class CandidateFigures {

    private CandidateFigures() {}

    /** The facts of a candidate from its run's figures. */
    public static CandidateFacts of(
            Optional<Integer> stateCode,
            Optional<String> districtName,
            double latitude,
            double longitude,
            double extentKm,
            long units,
            Optional<Double> artisans,
            Optional<Double> looms,
            Optional<Double> families,
            double employment) {
        return new CandidateFacts(
                stateCode,
                districtName,
                latitude,
                longitude,
                extentKm,
                units,
                artisans.map(Math::round),
                looms.map(Math::round),
                families.map(Math::round),
                Optional.of(Math.round(employment)));
    }
}
