package org.clusterdev.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrigonometryTests {

    @Test
    void sineAndCosineAreWithinTwoUnitsInTheLastPlaceOfTheJdksOrABillionthOfABillionthNearZero() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            double x = random.nextDouble(-Math.PI, Math.PI);
            assertThat(Math.abs(Trigonometry.sin(x) - Math.sin(x)))
                    .isLessThanOrEqualTo(2 * Math.ulp(Math.sin(x)) + 1e-18);
            assertThat(Math.abs(Trigonometry.cos(x) - Math.cos(x)))
                    .isLessThanOrEqualTo(2 * Math.ulp(Math.cos(x)) + 1e-18);
        }
        assertThat(Trigonometry.sin(10)).isEqualTo(Math.sin(10));
    }

    @Test
    void unitVectorsHaveLengthOneAndPointTheRightWay() {
        double[] v = new double[3];
        Trigonometry.unitVector(Math.toRadians(90), 0.3, v, 0);
        assertThat(v[2]).isEqualTo(1.0);
        Trigonometry.unitVector(Math.toRadians(22.3), Math.toRadians(70.8), v, 0);
        assertThat(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(Math.toDegrees(Math.atan2(v[1], v[0]))).isCloseTo(70.8, org.assertj.core.data.Offset.offset(1e-12));
    }
}
