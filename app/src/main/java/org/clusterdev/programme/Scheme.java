package org.clusterdev.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cluster development scheme with the rules that drive its interventions.
 *
 * @param code its key, e.g. {@code MSECDP}
 * @param owner who runs it (the nodal ministry or agency)
 * @param typologiesServed registry typology codes of the clusters it serves
 * @param stepsRequired the lifecycle stages its interventions pass through
 * @param durationYears how long its support lasts, where known
 * @param selectionFramework which set of selection parameters it scores clusters with ({@code MSME} or
 *     {@code UNIDO})
 * @param clustersAssisted clusters assisted up to 2006-07 (seed 004 Table 2.2), for the schemes listed there
 * @param stageDays days allowed in each stage: the scheme's own limit, else the default
 * @param weights weight of each selection parameter (by code), totalling 100
 * @param quotas the least share of its selected interventions in a kind of region ({@code NORTH_EAST},
 *     {@code HILLY}), in per cent
 * @param version the version an editor must name to change it
 */
public record Scheme(
        String code,
        String name,
        String institution,
        String owner,
        Optional<String> objective,
        List<String> typologiesServed,
        List<Stage> stepsRequired,
        Optional<Integer> durationYears,
        String selectionFramework,
        Optional<Integer> clustersAssisted,
        Optional<String> note,
        String source,
        Map<Stage, Integer> stageDays,
        Map<String, BigDecimal> weights,
        Map<String, BigDecimal> quotas,
        int version) {}
