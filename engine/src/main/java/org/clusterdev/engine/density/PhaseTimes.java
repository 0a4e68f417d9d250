package org.clusterdev.engine.density;

import java.util.Locale;

/**
 * Where a clustering spent its time, in seconds of wall-clock time.
 *
 * @param grid sorting into cells, merging duplicates, unit vectors
 * @param core finding the core points
 * @param link joining cells with core points into clusters
 * @param border attaching border points
 * @param label numbering clusters and labelling every point
 */
public record PhaseTimes(double grid, double core, double link, double border, double label) {

    /** The total. */
    public double total() {
        return grid + core + link + border + label;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "grid %.3f s, core %.3f s, link %.3f s, border %.3f s, label %.3f s",
                grid,
                core,
                link,
                border,
                label);
    }
}
