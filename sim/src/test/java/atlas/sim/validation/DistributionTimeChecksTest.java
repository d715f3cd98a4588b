package atlas.sim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.output.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run that beats the minimum distribution time, or leaves a peer incomplete, fails its check. */
class DistributionTimeChecksTest {

    // 1 MiB to 2 peers from a 1 MB/s seed, peers 1 MB/s each way: bound = max(1.048576, 1.048576, 2 x 1.048576 / 3).
    private static final double BOUND = Fakes.CONTENT / Fakes.CAPACITY;

    private static Check check(RunResult run) {
        return DistributionTimeChecks.check("fake", run);
    }

    @Test
    void boundComesFromTheRunsOwnPeers() {
        RunResult run = Fakes.run(10_000_000L, List.of(Fakes.seed(0), Fakes.peer(1, 2_000_000L, 0, 0),
                Fakes.peer(2, 3_000_000L, 0, 0)));
        assertEquals(BOUND, DistributionTimeChecks.boundSeconds(run), 1e-12);
        assertEquals(3, DistributionTimeChecks.lastCompletionSeconds(run));
        assertTrue(check(run).passed());
    }

    @Test
    void finishingBeforeTheBoundFails() {
        Check check = check(Fakes.run(10_000_000L, List.of(Fakes.seed(0), Fakes.peer(1, 500_000L, 0, 0),
                Fakes.peer(2, 1_000_000L, 0, 0))));
        assertEquals(1 / BOUND, check.ratio(), 1e-12);
        assertFalse(check.passed());
    }

    @Test
    void aPeerThatNeverCompletedFails() {
        Check check = check(Fakes.run(10_000_000L, List.of(Fakes.seed(0), Fakes.peer(1, 2_000_000L, 0, 0),
                Fakes.peer(2, -1, 0, 0))));
        assertTrue(Double.isNaN(check.simulated()));
        assertFalse(check.passed());
    }
}
