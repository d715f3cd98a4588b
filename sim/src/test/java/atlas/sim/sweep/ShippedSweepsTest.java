package atlas.sim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sweeps shipped in scenarios/sweeps/ load without problems, and quick.yaml stays as small as the README says. */
class ShippedSweepsTest {

    /** {@code scenarios/sweeps/} at the repository root; tests run in the {@code sim} module directory. */
    static Path directory() {
        Path here = Path.of("").toAbsolutePath();
        Path sweeps = here.resolveSibling("scenarios").resolve("sweeps");
        return Files.isDirectory(sweeps) ? sweeps : here.resolve("scenarios").resolve("sweeps");
    }

    static List<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(f -> f.toString().endsWith(".yaml")).filter(SweepLoader::isSweep).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void loadsWithoutProblems(Path file) throws ScenarioException {
        SweepPlan plan = SweepLoader.load(file);
        assertEquals(file.getFileName().toString().replace(".yaml", ""), plan.name(),
                "the name matches the file, so results/<name> is predictable");
        assertFalse(plan.runs().isEmpty());
    }

    @Test
    void quickIsEightRunsOfASmallSwarm() throws Exception {
        assertTrue(shipped().contains(directory().resolve("quick.yaml")));
        SweepPlan quick = SweepLoader.load(directory().resolve("quick.yaml"));
        assertEquals(8, quick.runs().size());
        for (SweepRun run : quick.runs()) {
            assertTrue(run.scenario().content().sizeBytes() <= 8 << 20, "small content");
        }
    }
}
