package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atlas regress} keeps its contract: --update writes the baselines (and rewrites the same
 * bytes when nothing changed), a check prints the table and writes the JUnit report, exits 0 when
 * nothing regressed and 1 when a metric did, and bad input is exit code 2.
 */
class RegressCommandTest {

    @TempDir
    Path tmp;

    private Path suite;
    private Path baselines;
    private Path out;

    @BeforeEach
    void writeSuite() throws Exception {
        suite = Files.createDirectories(tmp.resolve("suite"));
        Files.writeString(suite.resolve("a.yaml"), TinyScenario.yaml("a", "64 KiB", 12, ""));
        Files.writeString(suite.resolve("b.yaml"), TinyScenario.yaml("b", "64 KiB", 16, ""));
        baselines = tmp.resolve("baselines");
        out = tmp.resolve("out");
    }

    private String[] args(String... extra) {
        String[] common = {"regress", "--suite", suite.toString(), "--baselines", baselines.toString(), "--out",
                out.toString(), "--jobs", "2", "--quiet"};
        String[] all = new String[common.length + extra.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(extra, 0, all, common.length, extra.length);
        return all;
    }

    @Test
    void updateThenCheckPassesAndUpdatingAgainChangesNothing() throws Exception {
        Atlas.Outcome update = Atlas.ok(args("--update", "--replicates", "5"));
        assertTrue(update.out().contains("new baseline for a"), update.out());
        Path fileA = baselines.resolve("a.json");
        byte[] before = Files.readAllBytes(fileA);

        Atlas.Outcome check = Atlas.ok(args());
        assertTrue(check.out().contains("unchanged on 5 of 5 seeds"), check.out());
        assertTrue(check.out().contains("download_time_s.mean"), check.out());
        assertTrue(check.out().contains("0 metrics regressed, 0 improved; behaviour changed in 0 of 2 scenarios"), check.out());
        String junit = Files.readString(out.resolve("junit.xml"));
        assertTrue(junit.contains("<testsuites name=\"atlas regress\" tests=\"20\" failures=\"0\">"), junit);

        Atlas.Outcome again = Atlas.ok(args("--update"));
        assertTrue(again.out().contains("Changes from the previous baselines"), again.out());
        assertTrue(again.out().contains("behaviour changed in 0 of 2 scenarios"), again.out());
        assertArrayEquals(before, Files.readAllBytes(fileA), "same build, same seeds: same bytes");
    }

    @Test
    void aRegressedMetricExitsOneAndFailsTheJUnitReport() throws Exception {
        Atlas.ok(args("--update", "--replicates", "5"));
        Path junit = tmp.resolve("reports/regress.xml");
        // A seed twenty times slower makes every download slower on every seed.
        Atlas.Outcome check = Atlas.run(args("--set", "seeds.0.upload=500 kbit/s", "--junit", junit.toString()));
        assertEquals(1, check.exitCode(), check.err() + check.out());
        assertTrue(check.out().contains("REGRESSED"), check.out());
        assertTrue(check.out().contains("CHANGED on 5 of 5 seeds (the scenario differs from the baseline's)"), check.out());
        String xml = Files.readString(junit);
        assertTrue(xml.contains("<failure type=\"regression\" message=\"REGRESSED: "), xml);
    }

    @Test
    void badInputIsExitCodeTwo() throws Exception {
        Atlas.Outcome missing = Atlas.run(args());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no baseline for scenario 'a'; make one with atlas regress --update"), missing.err());

        assertEquals(2, Atlas.run(args("--update", "--set", "protocol.picker=random")).exitCode());
        assertEquals(2, Atlas.run(args("--update", "--replicates", "1")).exitCode());
        Atlas.Outcome noJobs = Atlas.run(args("--update", "--jobs", "0"));
        assertEquals(2, noJobs.exitCode());
        Atlas.ok(args("--update", "--replicates", "2"));
        Atlas.Outcome badKey = Atlas.run(args("--set", "protocol.pickr=random"));
        assertEquals(2, badKey.exitCode());
        assertTrue(badKey.err().contains("--set"), badKey.err());
        assertEquals(2, Atlas.run("regress", "--suite", tmp.resolve("nowhere").toString()).exitCode());
    }
}
