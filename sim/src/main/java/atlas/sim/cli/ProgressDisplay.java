package atlas.sim.cli;

import atlas.sim.scenario.Arrivals;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.Until;
import atlas.sim.swarm.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows how a run is going: on a terminal, one status line redrawn in place with a carriage
 * return (a bar, simulated time, events per second, peers, ETA); otherwise a plain line every
 * {@value #LINE_INTERVAL_S} s of wall time, for logs; nothing when quiet. The ETA extrapolates the
 * fraction done from the wall time so far. That fraction must grow steadily with the work: for a
 * fixed duration it is simulated time over the duration; for a run to completion, payload
 * received over the payload the expected arrivals need. (Completions are no measure: in a flash
 * crowd they all come at the end, and an ETA from them said 13 minutes with 4 seconds to go.)
 */
final class ProgressDisplay implements ProgressListener {

    enum Mode { TERMINAL, LINES, QUIET }

    private static final long NANOS_PER_S = 1_000_000_000L;
    private static final long LINE_INTERVAL_S = 10;
    /** Redrawing more often than this only costs time; a person cannot read faster. */
    private static final long REDRAW_INTERVAL_NANOS = NANOS_PER_S / 5;
    private static final int BAR_WIDTH = 20;

    private final PrintStream out;
    private final Mode mode;
    private final long untilMicros;
    private final double expectedPayload;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private long lastShownNanos;
    private int lastWidth;
    private String lastStatus;

    /**
     * @param untilMicros the simulated duration of the run if fixed, else 0
     * @param expectedPayload the payload bytes the peers will receive in a run to completion, if
     *     known in advance, else 0
     */
    ProgressDisplay(PrintStream out, Mode mode, long untilMicros, double expectedPayload, LongSupplier nanoClock) {
        this.out = out;
        this.mode = mode;
        this.untilMicros = untilMicros;
        this.expectedPayload = expectedPayload;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.lastShownNanos = startNanos;
    }

    /** A display for a run of {@code scenario}, reading the fraction done from its end condition. */
    static ProgressDisplay forScenario(Scenario scenario, PrintStream out, Mode mode) {
        if (scenario.until() instanceof Until.Duration d) {
            return new ProgressDisplay(out, mode, d.micros(), 0, System::nanoTime);
        }
        double payload = expectedArrivals(scenario.arrivals(), scenario.endMicros()) * scenario.content().sizeBytes();
        return new ProgressDisplay(out, mode, 0, payload, System::nanoTime);
    }

    /** The peers {@code arrivals} bring up to {@code endMicros}; 0 if unknown (a trace that no longer reads). */
    static double expectedArrivals(Arrivals arrivals, long endMicros) {
        try {
            return arrivals.expectedBefore(endMicros);
        } catch (ScenarioException e) {
            // The run will say so; the display only loses its ETA.
            return 0;
        }
    }

    @Override
    public void onProgress(long nowMicros, long events, int arrived, int completed, int leechers, int seeds,
            long payloadBytes) {
        if (mode == Mode.QUIET) {
            return;
        }
        long wall = nanoClock.getAsLong();
        long interval = mode == Mode.TERMINAL ? REDRAW_INTERVAL_NANOS : LINE_INTERVAL_S * NANOS_PER_S;
        if (wall - lastShownNanos < interval) {
            return;
        }
        lastShownNanos = wall;
        lastStatus = status(wall - startNanos, nowMicros, events, arrived, completed, leechers, seeds, payloadBytes);
        if (mode == Mode.TERMINAL) {
            // Pad with spaces to erase what remains of a longer previous line.
            out.print('\r' + lastStatus + " ".repeat(Math.max(0, lastWidth - lastStatus.length())));
            lastWidth = lastStatus.length();
        } else {
            out.println(lastStatus);
        }
        out.flush();
    }

    /** Ends the status line on a terminal, so that what follows starts on a line of its own. */
    void finish() {
        if (mode == Mode.TERMINAL && lastStatus != null) {
            out.println();
            out.flush();
        }
    }

    private String status(long wallNanos, long nowMicros, long events, int arrived, int completed, int leechers,
            int seeds, long payloadBytes) {
        double done = untilMicros > 0 ? (double) nowMicros / untilMicros
                : expectedPayload > 0 ? payloadBytes / expectedPayload : Double.NaN;
        done = Math.min(1, done);
        double wallS = (double) wallNanos / NANOS_PER_S;
        long eventsPerS = Math.round(events / wallS);
        StringBuilder text = new StringBuilder();
        if (mode == Mode.TERMINAL && !Double.isNaN(done)) {
            int filled = (int) Math.round(done * BAR_WIDTH);
            text.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
        }
        if (!Double.isNaN(done)) {
            text.append(Math.round(done * 100)).append("% ");
        }
        text.append("sim ").append(duration(nowMicros / 1_000_000)).append(", ");
        if (mode == Mode.TERMINAL) {
            // Short enough for 80 columns: a wrapped line cannot be redrawn in place.
            text.append(compact(eventsPerS)).append(" ev/s, ").append(completed).append('/').append(arrived)
                    .append(" done");
        } else {
            text.append(events).append(" events (").append(eventsPerS).append("/s), peers ").append(completed)
                    .append('/').append(arrived).append(" done, ").append(leechers).append(" leeching, ")
                    .append(seeds).append(" seeding");
        }
        if (done > 0) {
            text.append(", ETA ").append(duration(Math.round(wallS * (1 - done) / done)));
        }
        return text.toString();
    }

    /** 999, 251k, 1.2M. */
    static String compact(long n) {
        if (n < 1000) {
            return Long.toString(n);
        }
        return n < 1_000_000 ? n / 1000 + "k" : String.format(Locale.ROOT, "%.1fM", n / 1e6);
    }

    /** "42s", "3m07s", "2h03m07s", "4d02h03m": short and unambiguous. */
    static String duration(long seconds) {
        long d = seconds / 86_400;
        long h = seconds / 3600 % 24;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        if (d > 0) {
            return String.format(Locale.ROOT, "%dd%02dh%02dm", d, h, m);
        }
        if (h > 0) {
            return String.format(Locale.ROOT, "%dh%02dm%02ds", h, m, s);
        }
        return m > 0 ? String.format(Locale.ROOT, "%dm%02ds", m, s) : s + "s";
    }
}
