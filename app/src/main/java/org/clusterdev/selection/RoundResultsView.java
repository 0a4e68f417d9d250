package org.clusterdev.selection;

import java.util.List;

/**
 * What the current user may see of a round's scores.
 *
 * @param visible false while the user may not yet see others' scores: an assessor sees them after submitting for
 *     every candidate, everyone in scope once scoring is closed, the chair always
 * @param ranking the candidates ranked, empty when not visible
 * @param quota the balance of the selection so far, null when not visible
 * @param submittedByMe the candidates the current user has assessed
 */
public record RoundResultsView(
        boolean visible, List<CandidateResult> ranking, QuotaCheck quota, List<Long> submittedByMe) {}
