package org.clusterdev.engine.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Wall-clock laps for the report: "3.2 s (read 1.1 s, cluster 0.9 s, ...)". */
final class Stopwatch {

    private final long start = System.nanoTime();
    private long last = start;
    private final List<String> laps = new ArrayList<>();

    void lap(String name) {
        long now = System.nanoTime();
        laps.add(String.format(Locale.ROOT, "%s %.2f s", name, (now - last) / 1e9));
        last = now;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f s (%s)", (last - start) / 1e9, String.join(", ", laps));
    }
}
