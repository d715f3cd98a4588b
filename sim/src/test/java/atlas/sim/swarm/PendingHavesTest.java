package atlas.sim.swarm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Pending HAVEs come back in the order they were added, per peer, however many there are. */
class PendingHavesTest {

    @Test
    void eachPeersPiecesComeBackInOrderPastAnyCapacity() {
        PendingHaves pending = new PendingHaves();
        pending.join(0);
        pending.join(1);
        int[] expected = new int[100];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (i * 37) % 101;
            pending.add(0, expected[i]);
            pending.add(1, i);
        }
        assertEquals(100, pending.count(0));
        assertArrayEquals(expected, Arrays.copyOf(pending.pieces(0), pending.count(0)));
        assertEquals(99, pending.pieces(1)[99]);
        pending.clear(0);
        assertEquals(0, pending.count(0));
        assertEquals(100, pending.count(1), "clearing one peer leaves the others");
        pending.add(0, 5);
        assertEquals(5, pending.pieces(0)[0]);
    }

    @Test
    void peersJoiningBeyondTheTableGetTheirOwnBuffers() {
        PendingHaves pending = new PendingHaves();
        for (int peer = 0; peer < 3000; peer++) {
            pending.join(peer);
            pending.add(peer, peer % 50);
        }
        for (int peer = 0; peer < 3000; peer++) {
            assertEquals(1, pending.count(peer));
            assertEquals(peer % 50, pending.pieces(peer)[0]);
        }
        pending.release(7);
        assertEquals(0, pending.count(7));
    }
}
