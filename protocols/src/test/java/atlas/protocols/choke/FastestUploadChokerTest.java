package atlas.protocols.choke;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Guards fastest-upload seeding: once the optimistic slot has found them, the fastest peers hold the regular slots. */
class FastestUploadChokerTest {

    @Test
    void fastPeersHoldTheRegularSlots() {
        Swarm swarm = new Swarm(RegisteredChoker.seed("fastest-upload").create(), 1);
        for (int i = 0; i < 10; i++) {
            // p7, p8, p9 are the fast ones; list order does not favour them.
            swarm.add(swarm.peer("p" + i).uploadCapacity(i >= 7 ? 1_000_000 : 20_000 + i));
        }
        for (int r = 0; r < 180; r++) {
            swarm.round();
        }
        for (FakePeer peer : swarm.peers) {
            double share = swarm.unchokedShare(peer);
            if (peer.uploadCapacity >= 1_000_000) {
                assertTrue(share > 0.8, peer.name + " fast but unchoked only " + share);
            } else {
                // Slow peers only get optimistic turns: 1 slot among 7 over the run, plus start-up.
                assertTrue(share < 0.25, peer.name + " slow but unchoked " + share);
            }
        }
    }
}
