package atlas.protocols.choke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Guards anti-leech seeding: peers that have little or almost everything are preferred over
 * peers in the middle, and peers without a known completion are still served.
 */
class AntiLeechChokerTest {

    @Test
    void prefersNewcomersAndFinishersOverTheMiddle() {
        Swarm swarm = new Swarm(RegisteredChoker.seed("anti-leech").create(), 1);
        double[] completions = {0.5, 0.45, 0.55, 0.02, 0.6, 0.98, 0.4, 0.9};
        for (int i = 0; i < completions.length; i++) {
            swarm.add(swarm.peer("c" + Math.round(completions[i] * 100)).completion(completions[i]));
        }
        swarm.round();
        Set<String> unchoked = swarm.unchoked();
        // Three regular slots go to the scores |2c - 1| = 0.96, 0.96, 0.8; the optimistic one to
        // the longest-waiting of the rest, all never unchoked, so drawn at random (seeded: c45).
        assertEquals(Set.of("c2", "c98", "c90", "c45"), unchoked);
        for (int r = 0; r < 180; r++) {
            swarm.round();
        }
        for (FakePeer peer : swarm.peers) {
            if (Set.of("c2", "c98", "c90").contains(peer.name)) {
                assertTrue(swarm.unchokedShare(peer) > 0.9, peer.name);
            } else {
                assertTrue(swarm.unchokedShare(peer) < 0.3, peer.name);
            }
        }
    }

    @Test
    void peersWithoutRemoteProgressAreStillServed() {
        Swarm swarm = new Swarm(RegisteredChoker.seed("anti-leech").create(), 1);
        for (int i = 0; i < 10; i++) {
            swarm.add(swarm.peer("p" + i));
        }
        for (int r = 0; r < 180; r++) {
            swarm.round();
        }
        // All rank alike, so slots rotate by waiting time: nobody starves (equal share is 0.4).
        for (FakePeer peer : swarm.peers) {
            assertTrue(swarm.unchokedShare(peer) > 0.2, peer.name + " " + swarm.unchokedShare(peer));
        }
    }
}
