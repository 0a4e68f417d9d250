package org.clusterdev.geography;

/**
 * Where a district roughly lies: the plain mean of the positions of its PIN codes' places. The reference data has
 * no district outlines, so this is a point for maps, not a geometric centroid; it can fall in the sea for a
 * district of islands.
 *
 * @param code the district's code
 * @param stateCode the LGD code of its state
 * @param pins how many PIN codes the mean is taken over
 */
public record DistrictCentre(int code, int stateCode, String name, double latitude, double longitude, int pins) {}
