package org.clusterdev.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.clusterdev.registry.ClusterProfile;

/**
 * Problem themes a practice addresses; the first five are the needs the registry flags on a cluster (seed 004
 * §4.5 item 2), so a practice and a cluster can share them.
 */
public enum Theme {
    POLLUTION,
    SCIENCE_TECHNOLOGY,
    RELOCATION,
    POVERTY,
    SOCIAL_COMPLIANCE,
    MARKETS,
    QUALITY,
    FINANCE,
    SKILLS,
    RAW_MATERIAL,
    ENERGY;

    /** The themes a cluster's flagged needs stand for. */
    public static List<Theme> of(ClusterProfile.Needs needs) {
        List<Theme> themes = new ArrayList<>();
        if (needs.pollutionIntensive()) {
            themes.add(POLLUTION);
        }
        if (needs.scienceTechnology()) {
            themes.add(SCIENCE_TECHNOLOGY);
        }
        if (needs.relocation()) {
            themes.add(RELOCATION);
        }
        if (needs.povertyIntensive()) {
            themes.add(POVERTY);
        }
        if (needs.socialCompliance()) {
            themes.add(SOCIAL_COMPLIANCE);
        }
        return themes;
    }
}
