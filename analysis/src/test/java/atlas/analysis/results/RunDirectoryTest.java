package atlas.analysis.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.analysis.fixtures.RunFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Guards reading a whole run directory and the end-of-run time that censors retention: the
// summary's simulated_time_s, else the last sample or event.
class RunDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void readsAllFilesAndTakesTheEndFromTheSummary() {
        RunDirectory run = RunDirectory.read(RunFixture.standard(3).write(dir));
        assertEquals(3, run.summary().seed());
        assertEquals(31, run.peers().size());
        assertTrue(run.timeSeries().has("open_channels"));
        assertTrue(run.resolvedScenario().orElseThrow().contains("<script>"));
        assertEquals(RunFixture.END_S, run.endOfRun());
    }

    @Test
    void withoutSimulatedTimeTheEndIsTheLatestSampleOrEvent() throws Exception {
        RunFixture.standard(3).write(dir);
        Files.writeString(dir.resolve("summary.json"), "{\"scenario\":\"x\",\"seed\":3,\"metrics\":{}}");
        Files.delete(dir.resolve("scenario.resolved.yaml"));
        RunDirectory run = RunDirectory.read(dir);
        assertEquals(RunFixture.END_S, run.endOfRun());
        assertTrue(run.resolvedScenario().isEmpty());
    }
}
