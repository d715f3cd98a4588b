package atlas.sim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How downloading peers arrive. YAML: exactly one of {@code flash-crowd}, {@code poisson},
 * {@code schedule} or {@code trace} under {@code arrivals}.
 */
public sealed interface Arrivals {

    /** {@code peers} peers all arrive at time 0. */
    record FlashCrowd(int peers) implements Arrivals {
    }

    /**
     * A Poisson process of {@code ratePerSecond}, stopping after {@code maxPeers} arrivals
     * ({@link Integer#MAX_VALUE}: unlimited) or at {@code untilMicros} (the run's end by default).
     */
    record Poisson(double ratePerSecond, int maxPeers, long untilMicros) implements Arrivals {
    }

    /** A Poisson process whose rate is piecewise constant; no arrivals after the last segment. */
    record Schedule(List<Segment> segments) implements Arrivals {

        public Schedule {
            segments = List.copyOf(segments);
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
    }
}
