package org.clusterdev.programme;

import java.util.Optional;

/**
 * Which interventions the pipeline shows; an absent filter lets every intervention through.
 *
 * @param schemeCode only this scheme
 * @param stage only this stage
 * @param overdueOnly only those past their stage's last day
 */
public record PipelineFilter(Optional<String> schemeCode, Optional<Stage> stage, boolean overdueOnly) {

    /** Every intervention. */
    public static PipelineFilter everything() {
        return new PipelineFilter(Optional.empty(), Optional.empty(), false);
    }
}
