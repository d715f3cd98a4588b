package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.compare.ComparePlan;
import atlas.sim.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compared policies are named after their scenarios, else their files, else their directories,
 * so that two sweep points' resolved scenarios compare as they are; only a full tie is refused.
 */
class CompareNamesTest {

    @TempDir
    Path tmp;

    private Path write(String relative, String name) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, TinyScenario.yaml(name, "256 KiB", 4, ""));
    }

    private static String names(List<Path> files) throws ScenarioException {
        return ComparePlan.of(files, 2, 1).name();
    }

    @Test
    void policiesTakeTheFirstOfScenarioFileAndDirectoryNamesThatTellThemApart() throws Exception {
        assertEquals("compare-a-b", names(List.of(write("x/one.yaml", "a"), write("x/two.yaml", "b"))));
        assertEquals("compare-one-two", names(List.of(write("y/one.yaml", "same"), write("y/two.yaml", "same"))));
        assertEquals("compare-p0000-r00-p0003-r00", names(List.of(
                write("runs/p0000-r00/scenario.resolved.yaml", "same"),
                write("runs/p0003-r00/scenario.resolved.yaml", "same"))));
    }

    @Test
    void aFullTieIsRefusedWithTheFileNamed() throws Exception {
        Path first = write("a/x.yaml", "same");
        Path second = write("b/x.yaml", "same");
        Path third = write("a/y.yaml", "same");
        ScenarioException e = assertThrows(ScenarioException.class, () -> names(List.of(first, second, third)));
        assertTrue(e.getMessage().contains(third.toString()) && e.getMessage().contains("give each its own name"),
                e.getMessage());
    }
}
