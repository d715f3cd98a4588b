package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards {@code atlas bench chain}: it runs the chain benchmark with the counts given and prints
 * one table row per measurement (speed itself is not asserted), and bad counts are usage errors.
 */
class BenchChainCommandTest {

    @Test
    void tinyRunPrintsOneRowPerMeasurement() {
        Atlas.Outcome o = Atlas.run("bench", "chain", "--simulated-updates", "500", "--ed25519-updates", "3", "--transfers", "200",
                "--warmups", "0", "--repetitions", "3", "--seed", "9");
        assertEquals(0, o.exitCode(), o.err());
        assertEquals("", o.err());
        List<String> lines = o.out().lines().toList();
        assertEquals(4, lines.size(), o.out());
        assertTrue(lines.get(0).matches("measurement\\s+per_run\\s+ops/s\\(p50\\)\\s+repetitions"), lines.get(0));
        assertTrue(lines.get(1).matches("off-chain updates, simulated signer\\s+500\\s+\\d+\\s+3"), lines.get(1));
        assertTrue(lines.get(2).matches("off-chain updates, ed25519\\s+3\\s+\\d+\\s+3"), lines.get(2));
        assertTrue(lines.get(3).matches("on-chain transfers, in blocks\\s+200\\s+\\d+\\s+3"), lines.get(3));
    }

    @Test
    void zeroCountIsAUsageError() {
        Atlas.Outcome o = Atlas.run("bench", "chain", "--transfers", "0");
        assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        assertEquals("", o.out());
        assertTrue(o.err().contains("counts must be at least 1"), o.err());
    }
}
