package org.clusterdev.mapping;

import java.util.List;
import java.util.Optional;

/**
 * A cluster a run found, with its comparison with the registry and its field validation.
 *
 * @param clusterNumber the engine's number of the cluster within the run
 * @param stateCode the LGD code of the state most of its units are in, when known
 * @param registryClusterId the registered cluster it matches, for {@link Comparison#REGISTERED}
 * @param promotedClusterId the registry cluster created from it, once promoted
 * @param artisans its summed artisans, when the data set has that column (looms and families likewise)
 * @param definitionsMet the codes of the registry definitions it met when its run checked it
 */
public record CandidateView(
        long id,
        long runId,
        String groupCode,
        String groupName,
        int clusterNumber,
        double latitude,
        double longitude,
        int coreUnits,
        int borderUnits,
        double employment,
        double turnoverInr,
        double exportsInr,
        double extentKm,
        String states,
        String districts,
        String nicCodes,
        Optional<Integer> stateCode,
        Optional<String> districtName,
        Optional<Long> registryClusterId,
        Comparison comparison,
        Review review,
        Optional<String> reviewer,
        Optional<String> note,
        Optional<Confidence> confidence,
        Optional<Long> promotedClusterId,
        Optional<Double> artisans,
        Optional<Double> looms,
        Optional<Double> families,
        List<String> definitionsMet) {

    public CandidateView {
        definitionsMet = List.copyOf(definitionsMet);
    }

    /** Member firms: core and border units. */
    public int units() {
        return coreUnits + borderUnits;
    }
}
