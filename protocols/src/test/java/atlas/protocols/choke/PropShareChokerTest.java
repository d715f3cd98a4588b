package atlas.protocols.choke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Guards PropShare: upload is split in proportion to what each peer gave us in the last round, with a fixed optimistic share. */
class PropShareChokerTest {

    private static Swarm swarm(long seed) {
        return new Swarm(new PropShareChoker(PropShareChokerParams.DEFAULTS), seed);
    }

    @Test
    void weightsAreProportionalToLastRoundContributions() {
        Swarm swarm = swarm(1);
        FakePeer a = swarm.add(swarm.peer("a"));
        FakePeer b = swarm.add(swarm.peer("b"));
        FakePeer c = swarm.add(swarm.peer("c"));
        swarm.add(swarm.peer("d"));
        swarm.add(swarm.peer("e"));
        swarm.round();
        a.bytesReceived += 300_000;
        b.bytesReceived += 200_000;
        c.bytesReceived += 100_000;
        swarm.round();
        assertEquals(4, swarm.unchoked().size());
        double total = swarm.peers.stream().mapToDouble(FakePeer::weight).sum();
        assertEquals(4.0, total, 1e-9, "weights sum to the number unchoked");
        // 80 % split 3:2:1 among contributors, 20 % to the one optimistic peer.
        assertEquals(4 * 0.8 * 3 / 6, a.weight(), 1e-9);
        assertEquals(4 * 0.8 * 2 / 6, b.weight(), 1e-9);
        assertEquals(4 * 0.8 * 1 / 6, c.weight(), 1e-9);
        double optimistic = total - a.weight() - b.weight() - c.weight();
        assertEquals(4 * 0.2, optimistic, 1e-9);
    }

    @Test
    void withoutContributorsEverySlotIsAnEqualOptimisticShare() {
        Swarm swarm = swarm(2);
        for (int i = 0; i < 6; i++) {
            swarm.add(swarm.peer("p" + i));
        }
        swarm.round();
        assertEquals(4, swarm.unchoked().size());
        for (FakePeer peer : swarm.peers) {
            assertTrue(peer.weight() == 0.0 || Math.abs(peer.weight() - 1.0) < 1e-9, peer.name);
        }
    }

    @Test
    void onlyTheLastRoundCounts() {
        Swarm swarm = swarm(3);
        FakePeer past = swarm.add(swarm.peer("past"));
        FakePeer steady = swarm.add(swarm.peer("steady"));
        swarm.round();
        past.bytesReceived += 10_000_000;
        steady.bytesReceived += 1_000;
        swarm.round();
        assertTrue(past.weight() > steady.weight());
        steady.bytesReceived += 1_000;
        swarm.round();
        // past sent nothing this round: steady, the only contributor, gets 80 %; past, the only
        // other interested peer, the optimistic 20 %. Two unchoked: weights 1.6 and 0.4.
        assertEquals(2 * 0.8, steady.weight(), 1e-9);
        assertEquals(2 * 0.2, past.weight(), 1e-9);
    }

    @Test
    void betweenRoundsContributionsAreNotRecounted() {
        Swarm swarm = swarm(4);
        FakePeer a = swarm.add(swarm.peer("a"));
        FakePeer b = swarm.add(swarm.peer("b"));
        swarm.round();
        a.bytesReceived += 2_000;
        b.bytesReceived += 1_000;
        swarm.round();
        double before = a.weight() / b.weight();
        b.bytesReceived += 1_000_000;
        swarm.peersChanged();
        assertEquals(before, a.weight() / b.weight(), 1e-9);
        assertEquals(Set.of("a", "b"), swarm.unchoked());
    }

    @Test
    void uninterestedContributorsGetNothing() {
        Swarm swarm = swarm(5);
        FakePeer giver = swarm.add(swarm.peer("giver").interested(false));
        swarm.add(swarm.peer("taker"));
        swarm.round();
        giver.bytesReceived += 50_000;
        swarm.round();
        assertTrue(giver.isChoked());
        assertEquals(Set.of("taker"), swarm.unchoked());
    }
}
