package atlas.sim.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.scenario.ScenarioException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards that a peer whose few connections lead to peers with nothing for it is not stuck for
 * good: connections on which neither side is interested close after the idle timeout, and the peer
 * announces again (the bug: peers at max-connections with only empty neighbours never downloaded).
 */
class IdleConnectionsTest {

    /** Twelve peers, three connections each: the first neighbours of most are as empty as they are. */
    private static String swarm(String idleTimeout) {
        return """
                name: idle
                until: { all-complete: { limit: 1 d } }
                content: { size: 4 MiB }
                network:
                  classes:
                    - { name: fibre, share: 1, upload: 50 Mbit/s, download: 200 Mbit/s }
                seeds: [ { upload: 50 Mbit/s } ]
                arrivals: { flash-crowd: { peers: 12 } }
                tracker: { max-connections: 3, reannounce-below: 3, idle-timeout: %s }
                behaviour:
                  seeding: { model: fixed, time: 2 h }
                """.formatted(idleTimeout);
    }

    private static long completed(Swarm swarm) {
        return swarm.peers().stream().filter(p -> !p.initialSeed && p.completedAt >= 0).count();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyPeerCompletesOnceIdleConnectionsClose(long seed) throws ScenarioException {
        Swarm kept = TokenSwarms.run(swarm("0 s"), seed);
        assertTrue(completed(kept) < 12, "without the timeout some peers should be stuck: " + completed(kept));
        Swarm closed = TokenSwarms.run(swarm("10 min"), seed);
        assertEquals(12, completed(closed));
    }
}
