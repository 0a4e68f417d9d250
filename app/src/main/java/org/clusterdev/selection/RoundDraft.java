package org.clusterdev.selection;

import java.util.Optional;

/**
 * A selection round to open.
 *
 * @param schemeCode the scheme a cluster round selects for ({@code programme.scheme.code}); optional otherwise
 * @param framework for a cluster round, the parameter framework: {@code MSME} (seed 001 slide 20) or {@code UNIDO}
 *     (seed 003)
 * @param stateCode the state a state cell's round is limited to; empty for a national round
 * @param minNorthEastPercent the share of selected clusters that must lie in the North-East (SFURTI asks for 10)
 * @param interventionId for an agency round, the intervention whose implementing agency it selects, if any
 */
public record RoundDraft(
        RoundKind kind,
        String title,
        String schemeCode,
        String framework,
        Optional<Integer> stateCode,
        double minNorthEastPercent,
        Optional<Long> interventionId) {

    /**
     * Refuses a round without kind or title, a cluster round without scheme or framework, or a quota outside
     * 0 to 100.
     *
     * @throws IllegalArgumentException "field: reason"
     */
    public RoundDraft {
        if (kind == null) {
            throw new IllegalArgumentException("kind: choose clusters, agencies or CDAs");
        }
        title = Texts.required("title", title, 200);
        schemeCode = Texts.optional("schemeCode", schemeCode, 60);
        framework = Texts.optional("framework", framework, 20);
        stateCode = stateCode == null ? Optional.empty() : stateCode;
        interventionId = interventionId == null ? Optional.empty() : interventionId;
        if (interventionId.isPresent() && kind != RoundKind.AGENCY) {
            throw new IllegalArgumentException(
                    "interventionId: only a round selecting agencies serves one intervention");
        }
        if (kind == RoundKind.CLUSTER && schemeCode == null) {
            throw new IllegalArgumentException("schemeCode: a cluster round selects for a scheme");
        }
        if (kind == RoundKind.CLUSTER && framework == null) {
            throw new IllegalArgumentException("framework: a cluster round needs a parameter framework");
        }
        if (!(minNorthEastPercent >= 0 && minNorthEastPercent <= 100)) {
            throw new IllegalArgumentException("minNorthEastPercent: a share from 0 to 100");
        }
    }
}
