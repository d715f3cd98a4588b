package atlas.sim.output;

/**
 * What happened to one peer during a run: a row of {@code peers.csv}. Times are simulated
 * microseconds since the start of the run; capacities are bytes per second.
 *
 * @param id the peer's id, unique in the run
 * @param peerClass the name of the peer's capacity class in the scenario
 * @param initialSeed whether the peer was one of the scenario's initial seeds
 * @param uploadCapacity upload capacity, bytes per second
 * @param downloadCapacity download capacity, bytes per second
 * @param arrivalMicros when the peer joined
 * @param completionMicros when it had the whole content; -1 if never
 * @param departureMicros when it left; -1 if it was still present at the end of the run
 * @param bytesUp payload bytes uploaded
 * @param bytesDown payload bytes downloaded
 * @param overheadBytes protocol bytes (handshakes, messages) sent, besides the payload
 * @param wastedBytes payload bytes received and thrown away, included in {@code bytesDown}: a
 *     block that another peer delivered first (endgame duplicates) or that arrived after the
 *     peer stopped needing it
 */
public record PeerRecord(int id, String peerClass, boolean initialSeed, double uploadCapacity, double downloadCapacity,
        long arrivalMicros, long completionMicros, long departureMicros,
        long bytesUp, long bytesDown, long overheadBytes, long wastedBytes) {

    public boolean completed() {
        return completionMicros >= 0;
    }

    public boolean departed() {
        return departureMicros >= 0;
    }
}
