package org.clusterdev.knowledge;

import java.util.List;

/**
 * A practice suggested for a cluster, with why it matches.
 *
 * @param score how closely its cluster resembles the one it is suggested for (higher first)
 * @param reasons why it matches, each a message key with its argument: {@code lesson.reason.nic4} (same NIC class),
 *     {@code lesson.reason.nic2} (same NIC division), {@code lesson.reason.typology}, {@code lesson.reason.family}
 *     (same broad typology), {@code lesson.reason.theme} (a shared problem theme)
 */
public record Lesson(Practice practice, int score, List<Reason> reasons) {

    public Lesson {
        reasons = List.copyOf(reasons);
    }

    /** One reason a practice matches: a message key and its argument. */
    public record Reason(String key, String argument) {}
}
