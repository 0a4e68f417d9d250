package org.clusterdev.programme;

import java.math.BigDecimal;

/**
 * How a scheme stands against one of its geographic quotas: of its selected interventions (selected or beyond,
 * not closed early), how many lie in the kind of region the quota names.
 *
 * @param region {@code NORTH_EAST} or {@code HILLY}
 * @param sharePercent {@code inRegion} as a share of {@code selected}, 0 when none is selected
 * @param met whether at least one intervention is selected and the share reaches the minimum
 */
public record QuotaStanding(
        String region, BigDecimal minimumPercent, long inRegion, long selected, BigDecimal sharePercent, boolean met) {}
