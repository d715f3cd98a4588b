package atlas.protocols.choke;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards seed-mode fairness: over 30 simulated minutes every interested peer is unchoked for an
 * equal share of the seed's slots, within a stated relative tolerance. Mainline-seed's turns are
 * counted in rounds, so it holds within 15 % even with speeds spread tenfold. libtorrent's round
 * robin gives turns of max(1 min, 5 MiB / speed): among equally fast peers every turn lasts 7
 * rounds, and a run of 180 rounds gives each peer 10 or 11 turns, so the tolerance is 20 %; with
 * speeds spread tenfold the slowest peers' turns last twice as long, so there we only bound
 * starvation and monopoly, at 60 %.
 */
class SeedFairnessTest {

    private static final int PEERS = 10;
    private static final int ROUNDS = 180;

    @ParameterizedTest(name = "{0}, seed {1}, speeds spread {2}x")
    @CsvSource({
        "mainline-seed, 1, 10, 0.15", "mainline-seed, 2, 10, 0.15", "mainline-seed, 3, 10, 0.15",
        "mainline-seed, 1, 1, 0.15",
        "round-robin, 1, 1, 0.2", "round-robin, 2, 1, 0.2", "round-robin, 3, 1, 0.2",
        "round-robin, 1, 10, 0.6", "round-robin, 2, 10, 0.6", "round-robin, 3, 10, 0.6",
    })
    void everyInterestedPeerGetsAnEqualShareOfUnchokedTime(String name, long seed, int spread, double tolerance) {
        RegisteredChoker entry = RegisteredChoker.seed(name);
        Swarm swarm = new Swarm(entry.create(), seed);
        for (int i = 0; i < PEERS; i++) {
            // Speeds from 500 KB/s / spread to 500 KB/s, in an order that depends on the seed.
            double slowest = 500_000.0 / spread;
            double step = (500_000.0 - slowest) / (PEERS - 1);
            swarm.add(swarm.peer("p" + i).uploadCapacity(slowest + step * ((3 * i + seed) % PEERS)));
        }
        for (int r = 0; r < ROUNDS; r++) {
            swarm.round();
        }
        double equal = entry.slots() / (double) PEERS;
        for (FakePeer peer : swarm.peers) {
            assertEquals(equal, swarm.unchokedShare(peer), equal * tolerance, peer.name);
        }
    }
}
