package org.clusterdev.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * How far another DBSCAN agrees with the engine. DBSCAN's definition fixes the core points, the noise and the
 * partition of core points into clusters; a border point within eps of core points of two clusters may go to
 * either (implementations differ, the engine takes the nearest). So: noise must match point for point, the
 * clusters of core points must match one to one, and border points in another cluster are counted, not faulted.
 *
 * @param noiseDiffers points that are noise in one answer and not in the other
 * @param coreDiffers core points (by the engine) whose cluster does not correspond one to one
 * @param borderElsewhere border points in a different cluster (allowed by DBSCAN)
 */
record Agreement(long noiseDiffers, long coreDiffers, long borderElsewhere) {

    /** Compares an answer with the engine's clusters and core flags. */
    static Agreement of(int[] engine, boolean[] core, int[] other) {
        long noise = 0;
        long coreMismatch = 0;
        Map<Integer, Integer> forward = new HashMap<>();
        Map<Integer, Integer> backward = new HashMap<>();
        for (int i = 0; i < engine.length; i++) {
            if ((engine[i] < 0) != (other[i] < 0)) {
                noise++;
            } else if (core[i]) {
                Integer mapped = forward.putIfAbsent(engine[i], other[i]);
                Integer back = backward.putIfAbsent(other[i], engine[i]);
                if ((mapped != null && mapped != other[i]) || (back != null && back != engine[i])) {
                    coreMismatch++;
                }
            }
        }
        long border = 0;
        for (int i = 0; i < engine.length; i++) {
            if (!core[i]
                    && engine[i] >= 0
                    && other[i] >= 0
                    && !Integer.valueOf(other[i]).equals(forward.get(engine[i]))) {
                border++;
            }
        }
        return new Agreement(noise, coreMismatch, border);
    }

    /** Whether the answers are the same DBSCAN result. */
    boolean exact() {
        return noiseDiffers == 0 && coreDiffers == 0;
    }

    @Override
    public String toString() {
        String verdict = exact()
                ? "same clusters, core points and noise"
                : noiseDiffers + " noise and " + coreDiffers + " core points differ";
        return borderElsewhere == 0
                ? verdict
                : verdict + " (" + borderElsewhere + " border points in another adjacent cluster)";
    }
}
