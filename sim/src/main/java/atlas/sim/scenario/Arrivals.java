package atlas.sim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How downloading peers arrive. YAML: exactly one of {@code flash-crowd}, {@code poisson},
 * {@code schedule} or {@code trace} under {@code arrivals}.
 */
public sealed interface Arrivals {

    /**
     * How many peers arrive up to {@code endMicros}: exact for a flash crowd or a trace, the mean
     * for a Poisson process.
     *
     * @throws ScenarioException if a trace's file no longer reads
     */
    double expectedBefore(long endMicros) throws ScenarioException;

    /** Whether peers stop arriving before {@code micros}: a run meant to end when all completed needs it. */
    boolean stopBefore(long micros);

    /** {@code peers} peers all arrive at time 0. */
    record FlashCrowd(int peers) implements Arrivals {

        @Override
        public double expectedBefore(long endMicros) {
            return peers;
        }

        @Override
        public boolean stopBefore(long micros) {
            return true;
        }
    }

    /**
     * A Poisson process of {@code ratePerSecond}, stopping after {@code maxPeers} arrivals
     * ({@link Integer#MAX_VALUE}: unlimited) or at {@code untilMicros} (the run's end by default).
     */
    record Poisson(double ratePerSecond, int maxPeers, long untilMicros) implements Arrivals {

        @Override
        public double expectedBefore(long endMicros) {
            return Math.min(maxPeers, ratePerSecond * Math.min(untilMicros, endMicros) / 1e6);
        }

        /** By its mean: {@code max-peers} stops it only if that many are expected to arrive by then. */
        @Override
        public boolean stopBefore(long micros) {
            return untilMicros < micros || maxPeers <= ratePerSecond * micros / 1e6;
        }
    }

    /** A Poisson process whose rate is piecewise constant; no arrivals after the last segment. */
    record Schedule(List<Segment> segments) implements Arrivals {

        public Schedule {
            segments = List.copyOf(segments);
        }

        @Override
        public double expectedBefore(long endMicros) {
            double peers = 0;
            long from = 0;
            for (Segment segment : segments) {
                long to = Math.min(segment.untilMicros(), endMicros);
                peers += segment.ratePerSecond() * Math.max(0, to - from) / 1e6;
                from = segment.untilMicros();
            }
            return peers;
        }

        @Override
        public boolean stopBefore(long micros) {
            for (Segment segment : segments) {
                if (segment.ratePerSecond() > 0 && segment.untilMicros() >= micros) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Rate {@code ratePerSecond} from the previous segment's end (or 0) until {@code untilMicros}. */
    record Segment(long untilMicros, double ratePerSecond) {
    }

    /** Arrivals read from a CSV file (see {@link ArrivalTrace}); the path is absolute. */
    record Trace(Path file) implements Arrivals {

        public Trace {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public double expectedBefore(long endMicros) throws ScenarioException {
            return ArrivalTrace.read(file).arrivals().stream().filter(a -> a.timeMicros() <= endMicros).count();
        }

        @Override
        public boolean stopBefore(long micros) {
            return true;
        }
    }
}
