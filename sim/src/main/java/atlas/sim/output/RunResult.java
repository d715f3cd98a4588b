package atlas.sim.output;

import atlas.sim.scenario.Scenario;
import java.util.List;

/**
 * Everything one run produced, from which {@link RunWriter} writes the output directory.
 *
 * @param scenario the resolved scenario that was run
 * @param seed the run's seed
 * @param endMicros the simulated time at which the run stopped
 * @param endedBy why it stopped then
 * @param events the number of events processed
 * @param wallNanos the wall-clock time the run took, nanoseconds
 * @param peers one record per peer that took part, initial seeds included
 * @param timeSeries the sampled swarm state
 * @param availableMicros simulated time during which at least one full copy of the content was
 *     present in the swarm
 * @param tokens what the token economy did; null in a run without one
 */
public record RunResult(Scenario scenario, long seed, long endMicros, EndedBy endedBy, long events, long wallNanos,
        List<PeerRecord> peers, TimeSeries timeSeries, long availableMicros, TokenResult tokens) {

    public RunResult {
        peers = List.copyOf(peers);
        if (tokens != null && tokens.peers().size() != peers.size()) {
            throw new IllegalArgumentException("token records must match the peers one for one");
        }
    }

    /** A run without a token economy. */
    public RunResult(Scenario scenario, long seed, long endMicros, EndedBy endedBy, long events, long wallNanos,
            List<PeerRecord> peers, TimeSeries timeSeries, long availableMicros) {
        this(scenario, seed, endMicros, endedBy, events, wallNanos, peers, timeSeries, availableMicros, null);
    }
}
