package atlas.protocols.choke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Guards mainline's seed rotation: 3 kept + 1 new in two rounds of three, 4 kept in the third, longest-held out first. */
class MainlineSeedChokerTest {

    private static Swarm swarm(long seed, int peers) {
        Swarm swarm = new Swarm(new MainlineSeedChoker(MainlineSeedChokerParams.DEFAULTS), seed);
        for (int i = 0; i < peers; i++) {
            swarm.add(swarm.peer("p" + i).uploadCapacity(10_000 + i));
        }
        return swarm;
    }

    @Test
    void forcesOneNewPeerInTwoOfEveryThreeRounds() {
        Swarm swarm = swarm(1, 10);
        List<Integer> newUnchokes = new ArrayList<>();
        Set<String> before = Set.of();
        for (int r = 1; r <= 9; r++) {
            swarm.round();
            Set<String> now = swarm.unchoked();
            Set<String> added = new HashSet<>(now);
            added.removeAll(before);
            newUnchokes.add(added.size());
            assertEquals(4, now.size(), "round " + r);
            before = now;
        }
        assertEquals(List.of(4, 1, 0, 1, 1, 0, 1, 1, 0), newUnchokes);
    }

    @Test
    void dropsThePeerUnchokedLongestAgoThenTheSlowest() {
        Swarm swarm = swarm(2, 10);
        swarm.round();
        Set<String> first = swarm.unchoked();
        // All four were unchoked together: the tie goes by upload rate, so the slowest leaves.
        // Peer "p<i>" uploads at 10,000 + i, so the lowest index is the slowest; compared as numbers,
        // since as strings "p10" comes before "p2".
        String slowest = first.stream().min(Comparator.comparingInt(name -> Integer.parseInt(name.substring(1))))
                .orElseThrow();
        swarm.round();
        assertFalse(swarm.unchoked().contains(slowest));
        assertEquals(3, intersection(first, swarm.unchoked()));
    }

    @Test
    void slotFreedBetweenRoundsIsFilledAndChargedToTheNextForcedUnchoke() {
        Swarm swarm = swarm(3, 10);
        swarm.round();
        swarm.round();
        swarm.round();
        Set<String> beforeLeave = swarm.unchoked();
        String leaver = beforeLeave.iterator().next();
        swarm.peers.removeIf(peer -> peer.name.equals(leaver));
        swarm.peersChanged();
        Set<String> afterLeave = swarm.unchoked();
        assertEquals(4, afterLeave.size());
        // Round 4 would force one new peer; the replacement already was that new peer.
        swarm.round();
        assertEquals(afterLeave, swarm.unchoked());
    }

    @Test
    void uninterestedPeersStayChoked() {
        Swarm swarm = swarm(4, 3);
        FakePeer idle = swarm.add(swarm.peer("idle").interested(false));
        for (int r = 0; r < 6; r++) {
            swarm.round();
            assertTrue(idle.isChoked());
        }
    }

    private static int intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size();
    }
}
