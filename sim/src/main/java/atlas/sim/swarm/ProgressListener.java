package atlas.sim.swarm;

/** Told every so often (a fixed number of events) how a run is going. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (now, events, arrived, completed, leechers, seeds) -> { };

    void onProgress(long nowMicros, long events, int arrived, int completed, int leechers, int seeds);
}
