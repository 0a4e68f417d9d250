package org.clusterdev.selection;

import java.util.List;

/**
 * A selection round with its criteria and candidates.
 *
 * @param schemeCode the scheme it selects for, null when none
 * @param framework the cluster-parameter framework, null for agency and CDA rounds
 * @param stateCode the state it is limited to, null for a national round
 * @param chair the user who opened it: adds candidates, closes scoring, decides; does not score
 * @param interventionId the intervention an agency round selects the implementing agency of, null otherwise
 */
public record Round(
        long id,
        RoundKind kind,
        String title,
        String schemeCode,
        String framework,
        Integer stateCode,
        double minNorthEastPercent,
        RoundStatus status,
        String chair,
        int version,
        Long interventionId,
        List<RoundCriterion> criteria,
        List<Candidate> candidates) {}
