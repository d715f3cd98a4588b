package atlas.analysis.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.analysis.fixtures.RunFixture;
import atlas.analysis.fixtures.SweepFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Guards that `atlas chart` and `atlas report` tell runs from sweeps by their files and refuse
// other directories with a message naming the expected files.
class ResultKindTest {

    @TempDir
    Path dir;

    @Test
    void tellsRunsFromSweepsFromComparisons() throws Exception {
        assertEquals(ResultKind.RUN, ResultKind.of(RunFixture.standard(1).write(dir.resolve("run"))));
        Path sweep = SweepFixture.write(dir.resolve("sweep"));
        assertEquals(ResultKind.SWEEP, ResultKind.of(sweep));
        // A comparison is a sweep of policies with its paired statistics beside.
        Files.writeString(sweep.resolve(ResultKind.COMPARISON_TABLE), "baseline,candidate\n");
        assertEquals(ResultKind.COMPARISON, ResultKind.of(sweep));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultKind.of(dir));
        assertTrue(e.getMessage().contains("summary.json") && e.getMessage().contains("points.csv"), e.getMessage());
    }
}
