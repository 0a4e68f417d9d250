package org.clusterdev.geography;

/**
 * A district, with the flags cluster definitions relax their minimums for.
 *
 * @param code a stable district code (derived, see tools/reference-data/README.md, until LGD codes are loaded)
 * @param kbk whether it is one of Odisha's Kalahandi-Balangir-Koraput districts
 */
public record District(int code, int stateCode, String name, boolean northEast, boolean hilly, boolean kbk) {}
