package atlas.sim.swarm;

import atlas.sim.scenario.ArrivalTrace;
import atlas.sim.scenario.Arrivals;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterExponentialSampler;

/**
 * When peers arrive, one arrival at a time: a flash crowd at time 0, a Poisson process with a
 * constant or piecewise-constant rate, or a trace. It draws only from the arrivals stream.
 */
abstract class ArrivalSource {

    /** The time of the next arrival at or after {@code now}, or -1 when there are no more. */
    abstract long next(long now);

    /** Attributes the trace gives the arrival just returned by {@link #next}, or null. */
    ArrivalTrace.Arrival traceRow() {
        return null;
    }

    /**
     * Whether the arrivals ended only because the run does: a Poisson process whose own end lies
     * at or beyond the run's, cut there, would have brought more peers.
     */
    boolean cutByRunEnd() {
        return false;
    }

    static ArrivalSource of(Arrivals arrivals, UniformRandomProvider random, long runEnd) {
        if (arrivals instanceof Arrivals.FlashCrowd f) {
            return new FlashCrowd(f.peers());
        }
        if (arrivals instanceof Arrivals.Poisson p) {
            long until = Math.min(p.untilMicros(), runEnd);
            return new PiecewisePoisson(List.of(new Arrivals.Segment(until, p.ratePerSecond())), p.maxPeers(), random,
                    p.untilMicros() >= runEnd);
        }
        if (arrivals instanceof Arrivals.Schedule s) {
            // Arrivals a schedule brings after the run's end are never reached: the run ends at its limit.
            return new PiecewisePoisson(s.segments(), Integer.MAX_VALUE, random, false);
        }
        if (arrivals instanceof Arrivals.Trace t) {
            return new TraceArrivals(t.file());
        }
        throw new IllegalArgumentException("unknown arrival process " + arrivals);
    }

    /** Everyone at time 0. */
    static final class FlashCrowd extends ArrivalSource {
        private final int peers;
        private int emitted;

        FlashCrowd(int peers) {
            this.peers = peers;
        }

        @Override
        long next(long now) {
            return emitted++ < peers ? 0 : -1;
        }

    }

    /**
     * A Poisson process whose rate is constant within each segment. Memorylessness lets the
     * process restart at a segment's end with the next segment's rate.
     */
    static final class PiecewisePoisson extends ArrivalSource {
        private final List<Arrivals.Segment> segments;
        private final int maxPeers;
        private final AhrensDieterExponentialSampler unitExponential;
        /** Its last segment ends where the run does, not where the process would have. */
        private final boolean endsWithRun;
        private int segment;
        private int emitted;
        private long clock;

        PiecewisePoisson(List<Arrivals.Segment> segments, int maxPeers, UniformRandomProvider random,
                boolean endsWithRun) {
            this.segments = segments;
            this.maxPeers = maxPeers;
            this.unitExponential = new AhrensDieterExponentialSampler(random, 1.0);
            this.endsWithRun = endsWithRun;
        }

        @Override
        boolean cutByRunEnd() {
            return endsWithRun && segment == segments.size() && emitted < maxPeers;
        }

        @Override
        long next(long now) {
            if (emitted >= maxPeers) {
                return -1;
            }
            while (segment < segments.size()) {
                Arrivals.Segment s = segments.get(segment);
                if (s.ratePerSecond() > 0) {
                    double gapSeconds = unitExponential.sample() / s.ratePerSecond();
                    long candidate = clock + Math.max(1, Math.round(gapSeconds * 1e6));
                    if (candidate < s.untilMicros()) {
                        clock = candidate;
                        emitted++;
                        return candidate;
                    }
                }
                clock = Math.max(clock, s.untilMicros());
                segment++;
            }
            return -1;
        }

    }
}
