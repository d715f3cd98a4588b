package atlas.sim.swarm;

/** Told every so often (a fixed number of events) how a run is going. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (now, events, arrived, completed, leechers, seeds, payloadBytes) -> { };

    /**
     * @param payloadBytes payload delivered to all peers so far, blocks received unused included:
     *     unlike completions, which a flash crowd sees only at the end, it grows steadily
     */
    void onProgress(long nowMicros, long events, int arrived, int completed, int leechers, int seeds,
            long payloadBytes);
}
