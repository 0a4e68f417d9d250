package org.clusterdev.selection;

import java.util.Map;

/**
 * The balance of the selected candidates across regions, sectors and backward areas (seed 001 slide 19), with the
 * North-East quota (SFURTI: at least 10 per cent of selected clusters, seed 004 Annex 2.4).
 *
 * @param selected how many candidates are selected
 * @param northEast how many of them lie in the North-East
 * @param northEastPercent their share, 0 when nothing is selected
 * @param minNorthEastPercent the share the round asks for
 * @param northEastMet whether the share reaches it (true while nothing is selected and the quota is 0)
 * @param byRegion selected candidates per zone of the geography module
 * @param bySector selected candidates per typology, agency kind or CDA speciality
 * @param backwardAreas selected candidates the chair marked as in a backward area
 */
public record QuotaCheck(
        int selected,
        int northEast,
        double northEastPercent,
        double minNorthEastPercent,
        boolean northEastMet,
        Map<String, Integer> byRegion,
        Map<String, Integer> bySector,
        int backwardAreas) {}
