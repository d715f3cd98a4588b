package atlas.sim.cli;

import atlas.sim.sweep.SweepListener;
import java.io.PrintStream;
import java.util.SortedSet;
import java.util.function.LongSupplier;

/**
 * Runs done of the runs to do, and an ETA from the mean wall time per run so far: redrawn in
 * place on a terminal after each run; otherwise a line every {@value #LINE_INTERVAL_S} s of wall
 * time and after the last run, for logs; nothing when quiet.
 */
final class RunsProgress implements SweepListener {

    private static final long NANOS_PER_S = 1_000_000_000L;
    private static final int BAR_WIDTH = 20;
    private static final long LINE_INTERVAL_S = 10;

    private final PrintStream err;
    private final ProgressDisplay.Mode mode;
    private final LongSupplier nanoClock;
    private long startNanos;
    private long lastLineNanos;
    private int toRun;
    private int skipped;
    private boolean shown;

    /** On {@code main}'s error stream: redrawn on a terminal, lines otherwise, nothing if {@code quiet}. */
    static RunsProgress of(Main main, boolean quiet) {
        return new RunsProgress(main.err, quiet ? ProgressDisplay.Mode.QUIET
                : main.terminal ? ProgressDisplay.Mode.TERMINAL : ProgressDisplay.Mode.LINES, System::nanoTime);
    }

    RunsProgress(PrintStream err, ProgressDisplay.Mode mode, LongSupplier nanoClock) {
        this.err = err;
        this.mode = mode;
        this.nanoClock = nanoClock;
    }

    @Override
    public void onStart(int runs, int alreadyDone) {
        this.toRun = runs;
        this.skipped = alreadyDone;
        this.startNanos = nanoClock.getAsLong();
        this.lastLineNanos = startNanos;
    }

    @Override
    public void onRunDone(int done) {
        if (mode == ProgressDisplay.Mode.QUIET) {
            return;
        }
        long now = nanoClock.getAsLong();
        String status = status(done, now - startNanos);
        if (mode == ProgressDisplay.Mode.TERMINAL) {
            err.print('\r' + status);
        } else if (now - lastLineNanos >= LINE_INTERVAL_S * NANOS_PER_S || done == toRun) {
            err.println(status);
            lastLineNanos = now;
        }
        err.flush();
        shown = true;
    }

    String status(int done, long elapsedNanos) {
        StringBuilder text = new StringBuilder();
        if (mode == ProgressDisplay.Mode.TERMINAL) {
            int filled = (int) ((long) done * BAR_WIDTH / toRun);
            text.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
        }
        text.append(done).append('/').append(toRun).append(" runs");
        if (skipped > 0) {
            text.append(" (").append(skipped).append(" done before)");
        }
        long remaining = Math.round((double) elapsedNanos / done * (toRun - done) / NANOS_PER_S);
        text.append(", ETA ").append(ProgressDisplay.duration(remaining));
        // Erase the rest of a longer previous line: the ETA can shrink.
        return mode == ProgressDisplay.Mode.TERMINAL ? text + "   " : text.toString();
    }

    /** Says on stderr when the runs behind a sweep's tables come from several simulator builds. */
    static void warnIfMixed(PrintStream err, SortedSet<String> builds) {
        if (builds.size() > 1) {
            err.println("warning: the runs in these tables were made by " + builds.size() + " builds of atlas ("
                    + String.join(", ", builds) + "); rerun into a fresh directory to compare like with like");
        }
    }

    void finish() {
        if (mode == ProgressDisplay.Mode.TERMINAL && shown) {
            err.println();
        }
    }
}
