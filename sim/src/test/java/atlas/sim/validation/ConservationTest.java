package atlas.sim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.output.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conservation checks fail as soon as one byte is created or lost, or a capacity is exceeded. */
class ConservationTest {

    private static final long END = 10_000_000L;
    private static final long C = Fakes.CONTENT;

    private static List<Check> checks(RunResult run) {
        return Conservation.checks("fake", List.of(run));
    }

    @Test
    void aBalancedRunWithinCapacityPasses() {
        // The seed sends 2 MiB, each peer receives 1 MiB in 10 s at 1 MB/s.
        List<Check> checks = checks(Fakes.run(END, List.of(Fakes.seed(2 * C), Fakes.peer(1, 5_000_000L, 0, C),
                Fakes.peer(2, 6_000_000L, 0, C))));
        assertEquals(4, checks.size());
        assertTrue(checks.stream().allMatch(Check::passed), checks.toString());
    }

    @Test
    void oneByteReceivedThatNobodySentFails() {
        List<Check> checks = checks(Fakes.run(END, List.of(Fakes.seed(2 * C), Fakes.peer(1, 5_000_000L, 0, C),
                Fakes.peer(2, 6_000_000L, 0, C + 1))));
        Check balance = checks.get(0);
        assertEquals(1, balance.simulated());
        assertFalse(balance.passed());
    }

    @Test
    void uploadingFasterThanTheCapacityFails() {
        // 11 MB in 10 s from a 1 MB/s seed.
        List<Check> checks = checks(Fakes.run(END, List.of(Fakes.seed(11_000_000L), Fakes.peer(1, 5_000_000L, 0, 5_500_000L),
                Fakes.peer(2, 6_000_000L, 0, 5_500_000L))));
        Check upload = checks.get(1);
        assertEquals(1.1, upload.simulated(), 1e-12);
        assertFalse(upload.passed());
    }

    @Test
    void aCompletedPeerThatKeptLessThanTheContentFails() {
        List<Check> checks = checks(Fakes.run(END, List.of(Fakes.seed(2 * C - 1), Fakes.peer(1, 5_000_000L, 0, C),
                Fakes.peer(2, 6_000_000L, 0, C - 1))));
        Check kept = checks.get(3);
        assertEquals(1, kept.simulated());
        assertFalse(kept.passed());
    }
}
