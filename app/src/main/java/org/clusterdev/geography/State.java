package org.clusterdev.geography;

/**
 * A state or union territory.
 *
 * @param code its LGD state code (e.g. 21 for Odisha)
 * @param kind {@code STATE} or {@code UNION_TERRITORY}
 * @param region the zone it belongs to: NORTH, NORTH_EAST, EAST, CENTRAL, WEST or SOUTH
 * @param districts how many districts the reference data holds for it
 */
public record State(
        int code,
        String name,
        String abbreviation,
        String kind,
        String region,
        boolean northEast,
        boolean hilly,
        int districts) {}
