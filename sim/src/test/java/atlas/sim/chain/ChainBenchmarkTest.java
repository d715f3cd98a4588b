package atlas.sim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Guards that the chain benchmark runs its honest workloads end to end (it throws if the chain
 * refuses or fails to include any of them) and reports a rate for each; speed itself is not asserted.
 */
class ChainBenchmarkTest {

    @Test
    void smallRunReportsEveryRate() {
        ChainBenchmark.Result result = ChainBenchmark.run(new ChainBenchmark.Settings(2000, 20, 20_000, 0, 1), 7);
        assertTrue(result.simulatedUpdatesPerSecond() > 0);
        assertTrue(result.ed25519UpdatesPerSecond() > 0);
        assertTrue(result.transfersPerSecond() > 0);
        assertEquals(1, result.repetitions());
    }

    @Test
    void sizesMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ChainBenchmark.Settings(0, 1, 1, 0, 1));
    }
}
