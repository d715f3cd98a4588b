package atlas.protocols.choke;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Guards libtorrent's round robin: a peer keeps its slot until it has had both its byte quota and its minimum turn. */
class RoundRobinChokerTest {

    /** Two slots among four equally fast peers. */
    private static Swarm swarm(long quotaBytes, Duration minTurn) {
        RoundRobinChokerParams params = new RoundRobinChokerParams(Duration.ofSeconds(10), 2, quotaBytes, minTurn);
        Swarm swarm = new Swarm(new RoundRobinChoker(params), 1);
        for (String name : new String[] {"a", "b", "c", "d"}) {
            swarm.add(swarm.peer(name).uploadCapacity(100_000));
        }
        return swarm;
    }

    /** Rounds the first two peers keep their slots, after checking who comes next. */
    private static int turnLength(Swarm swarm) {
        swarm.round();
        Set<String> first = swarm.unchoked();
        assertEquals(2, first.size());
        Set<String> others = new TreeSet<>(Set.of("a", "b", "c", "d"));
        others.removeAll(first);
        int rounds = 1;
        while (true) {
            swarm.round();
            if (!swarm.unchoked().equals(first)) {
                // Both finish together; the two that waited take over.
                assertEquals(others, swarm.unchoked());
                return rounds;
            }
            rounds++;
        }
    }

    @Test
    void turnLastsUntilTheMinimumTurnWhenTheQuotaComesFirst() {
        // 100 KB/s reaches 500 KB in 5 s; the 60 s minimum decides: out at the first round after 60 s.
        assertEquals(7, turnLength(swarm(500_000, Duration.ofSeconds(60))));
    }

    @Test
    void turnLastsUntilTheQuotaWhenTheMinimumTurnComesFirst() {
        // 100 KB/s needs just over 100 s for 10 MB: out at the first round after that.
        assertEquals(11, turnLength(swarm(10_000_000, Duration.ofSeconds(10))));
    }
}
