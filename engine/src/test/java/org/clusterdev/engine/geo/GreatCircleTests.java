package org.clusterdev.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GreatCircleTests {

    @Test
    void measuresOneDegreeOfLatitudeAsOneHundredElevenKilometres() {
        double km = GreatCircle.distanceKm(new GeoPoint(20, 85), new GeoPoint(21, 85));
        assertThat(km).isCloseTo(Math.PI * GreatCircle.EARTH_RADIUS_KM / 180, within(1e-9));
    }

    @Test
    void measuresRajkotToAhmedabadAsAboutTwoHundredKilometres() {
        GeoPoint rajkot = new GeoPoint(22.3039, 70.8022);
        GeoPoint ahmedabad = new GeoPoint(23.0225, 72.5714);
        assertThat(GreatCircle.distanceKm(rajkot, ahmedabad)).isBetween(195.0, 205.0);
    }

    @Test
    void isZeroForTheSamePointAndSymmetric() {
        GeoPoint a = new GeoPoint(19.8876, 86.0945);
        GeoPoint b = new GeoPoint(20.2961, 85.8245);
        assertThat(GreatCircle.distanceKm(a, a)).isZero();
        assertThat(GreatCircle.distanceKm(a, b)).isEqualTo(GreatCircle.distanceKm(b, a));
    }

    @Test
    void refusesCoordinatesOutOfRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GeoPoint(91, 0))
                .withMessageContaining("latitude");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GeoPoint(0, Double.NaN))
                .withMessageContaining("longitude");
    }
}
