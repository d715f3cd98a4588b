package atlas.sim.swarm;

import atlas.sim.scenario.ArrivalTrace;
import atlas.sim.scenario.ScenarioException;
import java.nio.file.Path;
import java.util.List;

/** Arrivals replayed from the scenario's CSV trace (format: {@link ArrivalTrace}). */
final class TraceArrivals extends ArrivalSource {
    private final List<ArrivalTrace.Arrival> arrivals;
    private int next;

    TraceArrivals(Path file) {
        try {
            this.arrivals = ArrivalTrace.read(file).arrivals();
        } catch (ScenarioException e) {
            // The loader validated the file; it changed or vanished since.
            throw new IllegalStateException("arrival trace " + file + " no longer reads: " + e.getMessage(), e);
        }
    }

    @Override
    long next(long now) {
        return next < arrivals.size() ? arrivals.get(next++).timeMicros() : -1;
    }

    @Override
    ArrivalTrace.Arrival traceRow() {
        return arrivals.get(next - 1);
    }

}
