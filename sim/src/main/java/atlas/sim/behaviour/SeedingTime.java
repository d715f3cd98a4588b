package atlas.sim.behaviour;

import java.time.Duration;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * How long a peer keeps seeding after completing its download: a time drawn once per peer from
 * the caller's behaviour stream, so the draw is reproducible, and optionally an upload ratio at
 * which it stops sooner.
 */
public interface SeedingTime {

    /**
     * Longest time a model returns, in microseconds: about 146,000 years, which is "forever" for
     * any run, yet small enough that adding it to any simulated time below it cannot overflow.
     */
    long LONGEST_MICROS = Long.MAX_VALUE / 2;

    /**
     * Microseconds to seed, from 0 to {@link #LONGEST_MICROS}.
     *
     * @param traceValueMicros the peer's seeding time from the arrival trace, or -1 if it has none
     */
    long drawMicros(UniformRandomProvider random, long traceValueMicros);

    /**
     * Payload uploaded over the content's size at which a peer that has completed stops seeding,
     * even before its drawn time; infinite (the default) for models that stop by time alone.
     */
    default double stopRatio() {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * How a model that re-decides while seeding reviews its peers; null (the default) for models
     * whose seeding time is fixed at completion.
     */
    default SeedingReview review() {
        return null;
    }

    /** A parameter in microseconds; as a double, so that no duration overflows. */
    static double micros(Duration duration) {
        return duration.getSeconds() * 1e6 + duration.getNano() / 1e3;
    }

    /** A drawn duration in microseconds, rounded and capped at {@link #LONGEST_MICROS}. */
    static long clamp(double micros) {
        return micros >= LONGEST_MICROS ? LONGEST_MICROS : Math.max(0, Math.round(micros));
    }
}
