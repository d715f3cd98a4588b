package atlas.protocols.choke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards what every registered choker promises, over random event sequences (peers arriving and
 * leaving, interest and rates changing, extra rechokes): it never unchokes more interested peers
 * than its slots, a seed never unchokes an uninterested peer, and the same seed gives the same
 * decisions.
 */
class ChokerInvariantsTest {

    static Stream<Arguments> chokers() {
        List<Arguments> all = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) {
            for (String name : Chokers.LEECHER.names()) {
                all.add(Arguments.of(false, name, seed));
            }
            for (String name : Chokers.SEED.names()) {
                all.add(Arguments.of(true, name, seed));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} seed {2}")
    @MethodSource("chokers")
    void slotsAreNeverExceededAndRunsRepeat(boolean seedMode, String name, long seed) {
        RegisteredChoker entry = seedMode ? RegisteredChoker.seed(name) : RegisteredChoker.leecher(name);
        List<String> first = run(entry, seedMode, seed);
        assertEquals(first, run(entry, seedMode, seed), "same seed, same decisions");
    }

    /**
     * A choked peer that becomes interested while an upload slot is free takes it at once, not at
     * the next round; with every slot taken it waits (libtorrent's preemptive unchoke).
     */
    @ParameterizedTest(name = "{1} seed {2}")
    @MethodSource("chokers")
    void aNewlyInterestedPeerTakesAFreeSlotAtOnceAndOnlyThen(boolean seedMode, String name, long seed) {
        RegisteredChoker entry = seedMode ? RegisteredChoker.seed(name) : RegisteredChoker.leecher(name);
        Swarm swarm = new Swarm(entry.create(), seed);
        assertEquals(entry.slots(), swarm.choker.slots(), "slots() is the params' slots");
        long now = swarm.clock.micros();
        for (int i = 0; i < entry.slots() - 1; i++) {
            swarm.add(swarm.peer("busy" + i).interested(true).connectedAt(now).downloadRate(1_000)).sending = true;
        }
        FakePeer late = swarm.add(swarm.peer("late").interested(false).connectedAt(now));
        swarm.round();
        assertTrue(late.isChoked());
        late.interested = true;
        assertTrue(swarm.choker.rechokesOnInterest(swarm.peers, late), "a slot is free");
        swarm.peersChanged();
        assertFalse(late.isChoked(), "the free slot went to the newly interested peer");

        FakePeer later = swarm.add(swarm.peer("later").interested(false).connectedAt(swarm.clock.micros()));
        swarm.peersChanged();
        assertTrue(later.isChoked());
        later.interested = true;
        assertFalse(swarm.choker.rechokesOnInterest(swarm.peers, later), "every slot is taken: wait for the round");
    }

    /** Runs 200 random events; checks the invariants after each; returns the unchoke trace. */
    private static List<String> run(RegisteredChoker entry, boolean seedMode, long seed) {
        UniformRandomProvider events = RandomSource.XO_RO_SHI_RO_128_PP.create(seed * 7_919);
        Swarm swarm = new Swarm(entry.create(), seed);
        List<String> trace = new ArrayList<>();
        int next = 0;
        for (int step = 0; step < 200; step++) {
            int event = events.nextInt(10);
            if (event < 3 || swarm.peers.isEmpty()) {
                long now = swarm.clock.micros();
                FakePeer.Builder peer = swarm.peer("p" + next++)
                        .interested(events.nextDouble() < 0.7)
                        .connectedAt(now - events.nextLong(120 * Swarm.SECOND))
                        .downloadRate(events.nextInt(3) == 0 ? 0 : events.nextDouble() * 100_000)
                        .uploadCapacity(1 + events.nextDouble() * 100_000)
                        .completion(events.nextDouble());
                if (events.nextBoolean()) {
                    peer.silentSince(now - events.nextLong(200 * Swarm.SECOND));
                }
                swarm.add(peer);
            } else if (event < 4) {
                swarm.peers.remove(events.nextInt(swarm.peers.size()));
                swarm.peersChanged();
            } else if (event < 6) {
                FakePeer peer = swarm.peers.get(events.nextInt(swarm.peers.size()));
                peer.interested = !peer.interested;
                peer.bytesReceived += events.nextInt(1_000_000);
                swarm.peersChanged();
            } else {
                for (FakePeer peer : swarm.peers) {
                    peer.bytesReceived += events.nextInt(3) == 0 ? 0 : events.nextInt(500_000);
                }
                swarm.round();
            }
            assertTrue(swarm.unchokedInterested() <= entry.slots(),
                    swarm.unchokedInterested() + " interested peers unchoked at step " + step);
            if (seedMode) {
                for (FakePeer peer : swarm.peers) {
                    assertTrue(peer.isChoked() || peer.isInterested(), "seed unchoked uninterested " + peer);
                }
            }
            trace.add(swarm.unchoked().toString());
        }
        return trace;
    }
}
