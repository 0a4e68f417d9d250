package org.clusterdev.geography;

/**
 * Where a PIN code is: its representative place, district and state, and the mean position of its places.
 * Positions are approximate (place level), good enough to map a record that carries only a PIN.
 */
public record PinLocation(
        String pin,
        String place,
        int districtCode,
        String districtName,
        int stateCode,
        String stateName,
        double latitude,
        double longitude) {}
