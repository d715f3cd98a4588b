package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards {@code atlas bench}'s table: one row per size with its run count, wall and CPU time,
 * events and completions, and the growth column from the second size on (speed itself is not
 * asserted: the machine is shared).
 */
class BenchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void printsOneRowPerSizeWithEveryPeerCompleted() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("bench.yaml"), TinyScenario.yaml("bench", "256 KiB", 5, ""));
        Atlas.Outcome o = Atlas.ok("bench", "--scenario", scenario.toString(), "--peers", "10,20", "--runs", "1");
        List<String> lines = o.out().lines().toList();
        assertEquals(3, lines.size(), o.out());
        assertTrue(lines.get(0).matches("peers\\s+runs\\s+wall_s\\(p50\\)\\s+cpu_s\\(p50\\)\\s+events/s\\(p50\\)\\s+events"
                + "\\s+peak_heap_MiB\\s+simulated_s\\s+completed\\s+wall_growth"), lines.get(0));
        String[] first = lines.get(1).trim().split("\\s+");
        String[] second = lines.get(2).trim().split("\\s+");
        assertEquals(List.of("10", "1"), List.of(first[0], first[1]));
        assertEquals("10", first[8], "every peer completes");
        assertEquals("-", first[9]);
        assertEquals(List.of("20", "1", "20"), List.of(second[0], second[1], second[8]));
        assertTrue(second[9].startsWith("x"), second[9]);
        // A tiny run takes milliseconds: the CPU column is a number, not necessarily above 0.00.
        assertTrue(first[3].matches("\\d+\\.\\d{2}") && second[3].matches("\\d+\\.\\d{2}"), lines.toString());
    }
}
