package org.clusterdev.engine.io;

/**
 * Where a PIN code is: its representative point and the district and state it belongs to.
 *
 * @param latitude degrees north
 * @param longitude degrees east
 * @param district the district's name, or empty when unknown
 * @param state the state's name, or empty when unknown
 * @throws IllegalArgumentException when a coordinate is out of range
 */
public record PinPlace(double latitude, double longitude, String district, String state) {

    public PinPlace {
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("lat/lon: (" + latitude + ", " + longitude + ") is out of range");
        }
    }
}
