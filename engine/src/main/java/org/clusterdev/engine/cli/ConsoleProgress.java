package org.clusterdev.engine.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.clusterdev.engine.Progress;

/**
 * A progress bar on standard error, redrawn at most five times a second: {@code reading [#####.....] 52%}.
 * Silent when not on a terminal, unless asked for.
 */
final class ConsoleProgress implements Progress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private long lastDraw;
    private String lastStage = "";
    private boolean drawn;

    ConsoleProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public synchronized void update(String stage, long done, long total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        boolean finished = total > 0 && done >= total;
        if (!finished && stage.equals(lastStage) && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        lastStage = stage;
        double share = total > 0 ? Math.min(1, (double) done / total) : 0;
        int filled = (int) Math.round(share * WIDTH);
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        err.print(String.format(Locale.ROOT, "\r%-16s [%s] %3d%%", stage, bar, Math.round(share * 100)));
        err.flush();
        drawn = true;
    }

    /** Clears the bar before a report is printed. */
    synchronized void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
            err.flush();
            drawn = false;
        }
    }
}
