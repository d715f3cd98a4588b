package atlas.analysis.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.analysis.fixtures.RunFixture;
import atlas.analysis.fixtures.SweepFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Guards that `atlas chart` and `atlas report` tell runs from sweeps by their files and refuse
// other directories with a message naming the expected files.
class ResultKindTest {

    @TempDir
    Path dir;

    @Test
    void tellsRunsFromSweeps() {
        assertEquals(ResultKind.RUN, ResultKind.of(RunFixture.standard(1).write(dir.resolve("run"))));
        assertEquals(ResultKind.SWEEP, ResultKind.of(SweepFixture.write(dir.resolve("sweep"))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultKind.of(dir));
        assertTrue(e.getMessage().contains("summary.json") && e.getMessage().contains("points.csv"), e.getMessage());
    }
}
