package atlas.sim.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compact copies the HAVE broadcast reads (LinkStates, PieceHolders, PendingHaves, each
 * peer's BroadcastList) agree, at every point of a churning run where seats change hands, with
 * what the peers and links themselves hold: a stale count or flag there would silently change
 * interest, requests and rarity.
 */
class ConnectionStateTest {
    private static final long SECOND = 1_000_000L;

    private static final String CHURNING_SWARM = """
            name: connection-state
            until: 20 min
            content: { size: 6 MiB, piece: 256 KiB }
            network:
              latency: { uniform: [10 ms, 200 ms] }
              classes:
                - { name: dsl,   share: 0.6, upload: 1 Mbit/s, download: 8 Mbit/s }
                - { name: cable, share: 0.4, upload: 5 Mbit/s, download: 50 Mbit/s }
            seeds: [ { count: 2, upload: 4 Mbit/s, leaves: 8 min } ]
            arrivals: { poisson: { rate: 40 /min } }
            tracker: { peers-per-announce: 12, max-connections: 16, reannounce-below: 8 }
            behaviour:
              abort: 2 /h
              seeding: { model: exponential, mean: 2 min }
            """;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theBroadcastsCompactStateMatchesThePeersAtEveryCheckpoint(long seed) throws ScenarioException {
        Scenario scenario = ScenarioLoader.parse(CHURNING_SWARM, Path.of("connection-state.yaml"));
        Swarm swarm = new Swarm(scenario, seed, false);
        swarm.start();
        int checkedLinks = 0;
        for (long t = 15 * SECOND; t <= scenario.endMicros(); t += 15 * SECOND) {
            swarm.engine.run(t);
            checkedLinks += check(swarm);
        }
        assertTrue(checkedLinks > 1000, "too few links checked: " + checkedLinks);
        int seatsUsed = 0;
        for (Peer peer : swarm.peers()) {
            seatsUsed = Math.max(seatsUsed, peer.seat + 1);
        }
        assertTrue(seatsUsed < swarm.peers().size(), "no seat changed hands: " + seatsUsed + " seats, "
                + swarm.peers().size() + " peers");
    }

    /** Checks every present peer and link; returns how many links it checked. */
    private static int check(Swarm swarm) {
        int links = 0;
        int pieces = swarm.geometry.pieceCount();
        for (Peer peer : swarm.peers()) {
            if (!peer.isPresent()) {
                continue;
            }
            for (int p = 0; p < pieces; p++) {
                assertEquals(peer.have.get(p), swarm.holders.has(peer.seat, p), "holder bit of peer " + peer.id + ", piece " + p);
            }
            if (peer.isSeed()) {
                assertEquals(0, swarm.pendingHaves.count(peer.seat), "pending HAVEs of seed " + peer.id);
                assertEquals(0, peer.haveTargets.size, "a seed's HAVE targets");
            } else {
                // The broadcast visits exactly the links to incomplete remotes, in link order.
                int target = 0;
                for (Link link : peer.links) {
                    if (!link.remote().have.isComplete()) {
                        assertEquals(link.other, peer.haveTargets.backs[target], peer.id + "'s HAVE target " + target);
                        assertEquals(link.slot, peer.haveTargets.slots[target]);
                        assertEquals(link.remote().seat, peer.haveTargets.remotes[target]);
                        target++;
                    }
                }
                assertEquals(target, peer.haveTargets.size, peer.id + "'s HAVE targets");
            }
            for (Link link : peer.links) {
                links++;
                Peer remote = link.remote();
                assertEquals(remote.have.isComplete(), link.remoteComplete(), link + ": remote complete");
                if (!remote.have.isComplete() && !peer.isSeed()) {
                    int lacking = 0;
                    for (int p = 0; p < pieces; p++) {
                        if (remote.have.get(p) && !peer.have.get(p)) {
                            lacking++;
                        }
                    }
                    assertEquals(lacking, link.wanted(), link + ": remote's pieces the local peer lacks");
                }
                assertEquals(link.amInterested() && !link.peerChoking(),
                        swarm.linkStates.is(link.slot, LinkStates.REQUESTING), link + ": requesting flag");
                assertEquals(link.slot ^ 1, link.other.slot, link + ": the other end's slot");
            }
        }
        return links;
    }
}
