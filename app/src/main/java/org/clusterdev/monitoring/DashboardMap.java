package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A dashboard's rows on a map: states shaded by their actual, or clusters, interventions and districts as points
 * sized and coloured by it. The actual TOTAL is cut into bands of equal width between the smallest and the
 * largest value placed, so the legend reads the same in every language.
 *
 * @param shape how the rows are drawn
 * @param places the rows that can be drawn, in the dashboard's order
 * @param bands the legend, lowest first; empty when no place has an actual
 * @param unplaced how many rows have no place on the map (a cluster, intervention or district without position)
 */
public record DashboardMap(Shape shape, List<Place> places, List<Band> bands, int unplaced) {

    /** The most bands a legend has; fewer when the values are all the same. */
    public static final int BANDS = 5;

    public DashboardMap {
        places = List.copyOf(places);
        bands = List.copyOf(bands);
    }

    /** How the rows are drawn. */
    public enum Shape {
        /** states filled by their band, matched to the boundary layer by LGD state code */
        AREAS,
        /** circles at the places' points */
        POINTS,
        /** the rows are not places (schemes): no map */
        NONE
    }

    /** Whether there is nothing to draw although the grouping has places. */
    public boolean isEmpty() {
        return shape != Shape.NONE && places.isEmpty();
    }

    /**
     * One row of the dashboard with where it goes.
     *
     * @param key the row's key (the state code for areas)
     * @param point where a point goes; empty for areas
     * @param band the index into {@link DashboardMap#bands()} of the actual; empty without an actual
     */
    public record Place(
            String key,
            String label,
            Optional<Point> point,
            Optional<BigDecimal> actual,
            Optional<BigDecimal> target,
            Optional<BigDecimal> achievement,
            long interventions,
            OptionalInt band) {}

    /** A position in degrees (WGS 84). */
    public record Point(double latitude, double longitude) {}

    /** One band of the legend: the values from {@code from} up to {@code to}, the last one including its end. */
    public record Band(BigDecimal from, BigDecimal to) {}
}
