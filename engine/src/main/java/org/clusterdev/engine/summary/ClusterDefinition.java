package org.clusterdev.engine.summary;

import java.util.OptionalDouble;

/**
 * An institution's definition of a cluster, as data: at least {@code minimum} of {@code unit}, and, when
 * {@code radiusKm} is given, no member farther than that from the cluster's centre.
 *
 * @param code a short identifier, used as a column name
 * @param name the institution and rule, in words
 * @param unit what is counted
 * @param minimum the least count, above 0
 * @param radiusKm the spatial limit, if any, above 0
 * @param source where the rule comes from
 * @throws IllegalArgumentException when the code is not a simple identifier or a number is out of range
 */
public record ClusterDefinition(
        String code, String name, CountingUnit unit, double minimum, OptionalDouble radiusKm, String source) {

    public ClusterDefinition {
        if (!code.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("code: lower-case letters, digits, '-' and '_', was '" + code + "'");
        }
        if (!(minimum > 0 && Double.isFinite(minimum))) {
            throw new IllegalArgumentException("minimum: " + code + ": above 0, was " + minimum);
        }
        if (radiusKm.isPresent() && !(radiusKm.getAsDouble() > 0)) {
            throw new IllegalArgumentException("radius_km: " + code + ": above 0, was " + radiusKm.getAsDouble());
        }
    }
}
