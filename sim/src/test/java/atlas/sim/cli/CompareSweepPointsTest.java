package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atlas compare --sweep} pairs two points of a finished sweep on the runs already there,
 * and finds exactly what comparing the two points' scenarios afresh on the sweep's seeds finds:
 * the same rows, number for number, with no run repeated.
 */
class CompareSweepPointsTest {

    private static final String SWEEP = TinyScenario.sweep(3);

    @TempDir
    static Path tmp;

    private static Path sweepDir;

    @BeforeAll
    static void runSweep() throws IOException {
        Files.writeString(tmp.resolve("base.yaml"), TinyScenario.yaml("tiny", "256 KiB", 12,
                "behaviour: { seeding: { model: exponential, mean: 1 min } }\n"));
        Path sweep = Files.writeString(tmp.resolve("small.yaml"), SWEEP);
        sweepDir = tmp.resolve("sweep");
        Atlas.ok("sweep", sweep.toString(), "--out", sweepDir.toString(), "--quiet");
    }

    /** The comparison's rows without the two name columns. */
    private static List<String> numbers(Path comparison) throws IOException {
        return Files.readAllLines(comparison.resolve("comparison.csv")).stream().skip(1)
                .map(line -> line.replaceFirst("^(\"[^\"]*\"|[^,]*),(\"[^\"]*\"|[^,]*),", "")).toList();
    }

    @Test
    void pointsCompareAsTheirScenariosDoOnTheSameSeeds() throws IOException {
        Path fromSweep = tmp.resolve("from-sweep");
        Atlas.Outcome outcome = Atlas.ok("compare", "--sweep", sweepDir.toString(), "p0000", "3",
                "--out", fromSweep.toString(), "--format", "png");
        assertTrue(outcome.err().contains("warning: with 3 replicates"), outcome.err());
        String header = Files.readAllLines(fromSweep.resolve("comparison.csv")).get(1);
        assertTrue(header.startsWith("\"p0000 (protocol.picker=rarest-first, network.classes.0.upload=1 Mbit/s)\","
                + "\"p0003 (protocol.picker=random, network.classes.0.upload=4 Mbit/s)\","), header);
        assertTrue(Files.exists(fromSweep.resolve("report.html")));
        assertFalse(Files.exists(fromSweep.resolve("runs")), "a comparison of sweep points runs nothing");

        Path afresh = tmp.resolve("afresh");
        Atlas.ok("compare", sweepDir.resolve("runs/p0000-r00/scenario.resolved.yaml").toString(),
                sweepDir.resolve("runs/p0003-r00/scenario.resolved.yaml").toString(), "--replicates", "3", "--seed", "5",
                "--out", afresh.toString(), "--quiet", "--format", "png");
        List<String> expected = numbers(afresh);
        assertTrue(expected.size() > 5, "too few metrics compared: " + expected);
        assertEquals(expected, numbers(fromSweep));
    }

    @Test
    void chartAndReportRedrawItFromTheSweepAndNoOtherDirectoryIsWrittenInto() throws IOException {
        Path out = tmp.resolve("redrawn");
        Atlas.ok("compare", "--sweep", sweepDir.toString(), "0", "1", "--out", out.toString(), "--format", "png");
        Files.delete(out.resolve("report.html"));
        Atlas.ok("report", out.toString());
        assertTrue(Files.exists(out.resolve("report.html")));
        Atlas.ok("chart", out.toString(), "--format", "svg");
        Atlas.ok("compare", "--sweep", sweepDir.toString(), "0", "2", "--out", out.toString(), "--format", "png");
        assertTrue(Files.readString(out.resolve("comparison.csv")).contains("p0002"), "an earlier one is replaced");

        Atlas.Outcome intoTheSweep = Atlas.run("compare", "--sweep", sweepDir.toString(), "0", "1",
                "--out", sweepDir.toString());
        assertEquals(ExitCodes.BAD_INPUT, intoTheSweep.exitCode());
        assertTrue(intoTheSweep.err().contains("not an earlier comparison of sweep points"), intoTheSweep.err());
        assertFalse(Files.exists(sweepDir.resolve("comparison.csv")));
    }

    @Test
    void aSweepOfOneReplicateCannotBePaired() throws IOException {
        Path single = tmp.resolve("single");
        Files.createDirectories(single);
        Files.copy(tmp.resolve("base.yaml"), single.resolve("base.yaml"));
        Path sweep = Files.writeString(single.resolve("one.yaml"), TinyScenario.sweep(1));
        Atlas.ok("sweep", sweep.toString(), "--out", single.resolve("out").toString(), "--quiet");
        Atlas.Outcome o = Atlas.run("compare", "--sweep", single.resolve("out").toString(), "0", "1");
        assertEquals(ExitCodes.BAD_INPUT, o.exitCode(), o.err());
        assertTrue(o.err().contains("paired statistics need at least 2"), o.err());
    }

    @Test
    void onlyTheParametersThatDifferNameThePoints() throws IOException {
        Path out = tmp.resolve("pickers");
        Atlas.ok("compare", "--sweep", sweepDir.toString(), "p0000", "p0002", "--out", out.toString(), "--format", "png");
        String row = Files.readAllLines(out.resolve("comparison.csv")).get(1);
        assertTrue(row.startsWith("p0000 (protocol.picker=rarest-first),p0002 (protocol.picker=random),"), row);
    }

    @Test
    void unknownOrRepeatedPointsAndRunOptionsAreRefused() {
        Atlas.Outcome unknown = Atlas.run("compare", "--sweep", sweepDir.toString(), "p0000", "p0009");
        assertEquals(ExitCodes.BAD_INPUT, unknown.exitCode());
        assertTrue(unknown.err().contains("no point p0009") && unknown.err().contains("p0000 to p0003"), unknown.err());
        Atlas.Outcome twice = Atlas.run("compare", "--sweep", sweepDir.toString(), "p0001", "1");
        assertEquals(ExitCodes.BAD_INPUT, twice.exitCode());
        assertTrue(twice.err().contains("named twice"), twice.err());
        Atlas.Outcome replicates = Atlas.run("compare", "--sweep", sweepDir.toString(), "p0000", "p0001",
                "--replicates", "5");
        assertEquals(ExitCodes.BAD_INPUT, replicates.exitCode());
        assertTrue(replicates.err().contains("--replicates cannot be given with --sweep"), replicates.err());
        Atlas.Outcome noSweep = Atlas.run("compare", "--sweep", tmp.toString(), "p0000", "p0001");
        assertEquals(ExitCodes.BAD_INPUT, noSweep.exitCode());
        assertTrue(noSweep.err().contains("holds no sweep"), noSweep.err());
    }
}
