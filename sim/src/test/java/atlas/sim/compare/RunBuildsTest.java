package atlas.sim.compare;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.output.OutputDirectoryException;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A comparison resumes only over runs of its own build, and says when a "-dirty" build cannot be
 * told apart; points of a sweep are paired only if one build ran them.
 */
class RunBuildsTest {

    private static final Path DIR = Path.of("results", "cmp");

    private static SortedMap<String, Integer> builds(String... nameThenCount) {
        SortedMap<String, Integer> builds = new TreeMap<>();
        for (int i = 0; i < nameThenCount.length; i += 2) {
            builds.put(nameThenCount[i], Integer.parseInt(nameThenCount[i + 1]));
        }
        return builds;
    }

    @Test
    void acceptsAFreshDirectoryOrRunsOfTheSameBuild() {
        assertDoesNotThrow(() -> RunBuilds.requireOnly("0.1 (abc)", builds(), DIR));
        assertDoesNotThrow(() -> RunBuilds.requireOnly("0.1 (abc)", builds("0.1 (abc)", "7"), DIR));
    }

    @Test
    void refusesRunsOfAnotherBuildNamingBoth() {
        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> RunBuilds.requireOnly("0.1 (abc)", builds("0.1 (abc)", "2", "0.1 (def-dirty)", "3"), DIR));
        assertTrue(e.getMessage().contains("3 by 0.1 (def-dirty)") && e.getMessage().contains("this is 0.1 (abc)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("delete " + DIR) && e.getMessage().contains("--allow-mixed-builds"),
                e.getMessage());
    }

    @Test
    void sweepPointsPairOnlyRunsOfOneBuild() {
        assertDoesNotThrow(() -> RunBuilds.requireOne(builds("0.1 (abc)", "6"), DIR));
        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> RunBuilds.requireOne(builds("0.1 (abc)", "4", "0.1 (def)", "2"), DIR));
        assertTrue(e.getMessage().contains("4 by 0.1 (abc), 2 by 0.1 (def)") && e.getMessage().contains("--allow-mixed-builds"),
                e.getMessage());
    }

    @Test
    void notesThatAnEarlierDirtyBuildOfTheSameCommitCannotBeToldApart() {
        assertNull(RunBuilds.dirtyNote("0.1 (abc)", builds("0.1 (abc)", "4")));
        assertNull(RunBuilds.dirtyNote("0.1 (abc-dirty)", builds()), "nothing reused, nothing to say");
        String note = RunBuilds.dirtyNote("0.1 (abc-dirty)", builds("0.1 (abc-dirty)", "4"));
        assertTrue(note.contains("4 earlier runs") && note.contains("uncommitted"), note);
    }
}
