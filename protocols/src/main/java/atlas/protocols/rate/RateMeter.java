package atlas.protocols.rate;

/**
 * Bytes per second over a rolling window, in O(1) memory: mainline BitTorrent 4.x's
 * {@code CurrentRateMeasure.Measure} (Bram Cohen). Instead of bins it keeps the current rate and
 * the point since which that rate holds ("rate since"); each update spreads the new bytes over
 * {@code [rateSince, now]} and then pulls {@code rateSince} forward so that it never lies more than
 * one window behind. The estimate follows a rate change with a time constant of about one window
 * and decays smoothly (not to exactly zero) once traffic stops, as mainline's does.
 *
 * <p>Time is the caller's, in microseconds; a call with an earlier time than the previous one is
 * treated as simultaneous with it. Not thread-safe: one meter belongs to one connection.
 */
public final class RateMeter {

    /** Mainline's window ({@code RateMeasure}'s {@code max_rate_period}, 20 s): clients and the simulator use it alike. */
    public static final long MAINLINE_WINDOW_MICROS = 20_000_000L;

    private static final double MICROS_PER_SECOND = 1_000_000.0;

    private final long windowMicros;
    /** Mainline starts a meter as if it had been running this long, so that the first bytes do
     * not read as a huge rate (its "fudge", 5 s for a 20 s window). */
    private final long fudgeMicros;
    private boolean started;
    private long rateSince;
    private long last;
    private double rate;
    private long total;

    /** A meter over {@code windowMicros} microseconds (mainline and atlas default: 20 s). */
    public RateMeter(long windowMicros) {
        if (windowMicros <= 0) {
            throw new IllegalArgumentException("rate window must be positive, got " + windowMicros + " us");
        }
        this.windowMicros = windowMicros;
        this.fudgeMicros = Math.max(1, windowMicros / 4);
    }

    /** Counts {@code bytes} transferred at time {@code now}. */
    public void record(long now, long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative, got " + bytes);
        }
        total += bytes;
        update(now, bytes);
    }

    /** The rate in bytes per second as of {@code now}; 0 before anything was recorded. */
    public double rate(long now) {
        update(now, 0);
        return rate;
    }

    /** All bytes ever recorded. */
    public long total() {
        return total;
    }

    private void update(long now, long bytes) {
        if (!started) {
            started = true;
            rateSince = now - fudgeMicros;
            last = rateSince;
        }
        long t = Math.max(now, last);
        // t - rateSince > 0 always: rateSince starts a fudge before the first call and is only
        // ever moved to (an earlier t) - window, so the division below is safe even at t = 0.
        double held = rate * ((last - rateSince) / MICROS_PER_SECOND);
        rate = (held + bytes) / ((t - rateSince) / MICROS_PER_SECOND);
        last = t;
        if (rateSince < t - windowMicros) {
            rateSince = t - windowMicros;
        }
    }
}
