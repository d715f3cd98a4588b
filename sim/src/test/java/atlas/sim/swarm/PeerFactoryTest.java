package atlas.sim.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.engine.RandomStreams;
import atlas.sim.scenario.PeerClass;
import atlas.sim.scenario.RateDistribution;
import atlas.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A peer's class and capacities come from three uniforms of its own, so that a sweep over one
 * class's rate distribution or share keeps every other draw (common random numbers).
 */
class PeerFactoryTest {

    private static final double MBIT = TestScenario.MBIT;
    private static final int PEERS = 1000;

    private static PeerClass fixed(String name, double share, double upMbit, double downMbit) {
        return new PeerClass(name, share, new RateDistribution.Fixed(upMbit * MBIT), new RateDistribution.Fixed(downMbit * MBIT));
    }

    private static PeerFactory factory(PeerClass... classes) {
        TestScenario builder = TestScenario.flashCrowd(PEERS);
        for (PeerClass c : classes) {
            builder.peerClass(c);
        }
        Scenario scenario = builder.build();
        return new PeerFactory(scenario, new RandomStreams(7));
    }

    @Test
    void changingTheFormOfOneRateMovesNoOtherDraw() {
        PeerFactory fixedRates = factory(fixed("dsl", 0.5, 1, 8), fixed("cable", 0.4, 5, 50), fixed("fibre", 0.1, 50, 200));
        // dsl's upload spread a little, cable's download drawn from a lognormal: each takes a draw
        // that a fixed rate does not, which used to shift the class of every later peer.
        PeerFactory spread = factory(
                new PeerClass("dsl", 0.5, new RateDistribution.Uniform(MBIT, 1.001 * MBIT), new RateDistribution.Fixed(8 * MBIT)),
                new PeerClass("cable", 0.4, new RateDistribution.Fixed(5 * MBIT), new RateDistribution.LogNormal(50 * MBIT, 0.5)),
                fixed("fibre", 0.1, 50, 200));
        for (int id = 1; id <= PEERS; id++) {
            PeerSpec a = fixedRates.arrival(id, null);
            PeerSpec b = spread.arrival(id, null);
            assertEquals(a.peerClass(), b.peerClass(), "class of peer " + id);
            if (!a.peerClass().equals("dsl")) {
                assertEquals(a.upload(), b.upload(), "upload of peer " + id);
            }
            if (!a.peerClass().equals("cable")) {
                assertEquals(a.download(), b.download(), "download of peer " + id);
            }
        }
    }

    @Test
    void changingSharesMovesOnlyThePeersBetweenTheOldAndNewBoundary() {
        PeerFactory even = factory(fixed("dsl", 0.5, 1, 8), fixed("cable", 0.5, 5, 50));
        PeerFactory moreDsl = factory(fixed("dsl", 0.6, 1, 8), fixed("cable", 0.4, 5, 50));
        int moved = 0;
        for (int id = 1; id <= PEERS; id++) {
            String before = even.arrival(id, null).peerClass();
            String after = moreDsl.arrival(id, null).peerClass();
            if (before.equals("dsl")) {
                assertEquals("dsl", after, "a dsl peer stays dsl when dsl's share grows: peer " + id);
            } else if (after.equals("dsl")) {
                moved++;
            }
        }
        assertTrue(moved > 60 && moved < 140, moved + " of " + PEERS + " peers moved, expected about a tenth");
    }
}
