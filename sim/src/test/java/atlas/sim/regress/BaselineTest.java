package atlas.sim.regress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.scenario.ScenarioException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline file reads back exactly what was written (undefined metrics included), rewriting it
 * gives the same bytes, and a file that is not a baseline is bad input naming the file.
 */
class BaselineTest {

    @TempDir
    Path tmp;

    private static Baseline sample() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("peers_completed", 80.0);
        metrics.put("download_time_s.mean", 134.241267);
        metrics.put("seeder_retention.1h", Double.NaN);
        metrics.put("availability", 1e-6);
        return new Baseline("slow-seed", "abc", "0.1.0", "deadbeef", 1,
                List.of(new RunOutcome(-1586005623519383010L, "d1", 123, metrics), new RunOutcome(7, "d2", 456, metrics)));
    }

    @Test
    void roundTripsExactly() throws Exception {
        Baseline written = sample();
        written.write(tmp);
        Baseline read = Baseline.read(Baseline.file(tmp, "slow-seed"));
        assertEquals(written.scenario(), read.scenario());
        assertEquals(written.seeds(), read.seeds());
        assertEquals(written.masterSeed(), read.masterSeed());
        assertEquals(List.copyOf(written.runs().get(0).metrics().keySet()), List.copyOf(read.runs().get(0).metrics().keySet()));
        assertTrue(Double.isNaN(read.runs().get(0).metric("seeder_retention.1h")));
        assertEquals(134.241267, read.runs().get(0).metric("download_time_s.mean"));
        assertEquals(1e-6, read.runs().get(1).metric("availability"));
        assertEquals("d2", read.runs().get(1).digest());
        assertEquals(456, read.runs().get(1).events());
        String text = Files.readString(Baseline.file(tmp, "slow-seed"));
        assertTrue(text.contains("\"availability\" : 0.000001"), "plain decimals, never an exponent: " + text);
    }

    @Test
    void rewritingGivesTheSameBytes() throws Exception {
        sample().write(tmp);
        byte[] first = Files.readAllBytes(Baseline.file(tmp, "slow-seed"));
        Baseline.read(Baseline.file(tmp, "slow-seed")).write(tmp);
        assertArrayEquals(first, Files.readAllBytes(Baseline.file(tmp, "slow-seed")));
    }

    @Test
    void aFileThatIsNotABaselineIsBadInput() throws Exception {
        Path file = tmp.resolve("x.json");
        Files.writeString(file, "{\"scenario\": \"x\"}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Baseline.read(file));
        assertTrue(e.problems().get(0).toString().startsWith(file.toString()), e.problems().toString());
        Files.writeString(file, "not json {");
        assertThrows(ScenarioException.class, () -> Baseline.read(file));
    }
}
