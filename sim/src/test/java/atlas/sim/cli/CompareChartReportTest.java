package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.analysis.results.CsvTable;
import atlas.analysis.results.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atlas compare} runs every policy on the same seeds and writes the paired statistics,
 * charts and report; {@code atlas chart} and {@code atlas report} redraw them, and those of runs
 * and sweeps, from the files alone; a directory holding no results is bad input.
 */
class CompareChartReportTest {

    @TempDir
    Path tmp;

    private Path rarest;
    private Path random;

    @BeforeEach
    void writeScenarios() throws IOException {
        rarest = Files.writeString(tmp.resolve("rarest.yaml"), scenario("rarest", "rarest-first"));
        random = Files.writeString(tmp.resolve("random.yaml"), scenario("random", "random"));
    }

    @Test
    void compareRunsBothPoliciesOnTheSameSeedsAndReportsPairedStatistics() throws IOException {
        Path dir = tmp.resolve("cmp");
        Atlas.Outcome outcome = Atlas.ok("compare", rarest.toString(), random.toString(), "--replicates", "3",
                "--jobs", "2", "--quiet", "--format", "svg", "--out", dir.toString());
        assertTrue(outcome.out().contains("download_time_s.mean"), outcome.out());

        List<Path> rarestRuns = runsOf(dir, "p0000");
        List<Path> randomRuns = runsOf(dir, "p0001");
        assertEquals(3, rarestRuns.size());
        for (int r = 0; r < 3; r++) {
            long seed = RunSummary.read(rarestRuns.get(r).resolve("summary.json")).seed();
            assertEquals(seed, RunSummary.read(randomRuns.get(r).resolve("summary.json")).seed(), "replicate " + r);
        }

        CsvTable table = CsvTable.read(dir.resolve("comparison.csv"));
        assertTrue(table.rowCount() > 5, "a row per metric");
        assertEquals(List.of("rarest"), Arrays.stream(table.strings("baseline")).distinct().toList());
        assertEquals(List.of("random"), Arrays.stream(table.strings("candidate")).distinct().toList());
        assertTrue(Files.isRegularFile(dir.resolve("report.html")));
        assertTrue(Files.list(dir.resolve("charts")).anyMatch(p -> p.toString().endsWith(".svg")));
        assertTrue(Files.isRegularFile(dir.resolve("points.csv")), "a comparison is a sweep, with its tables");

        // Run again: nothing left to run, the same statistics.
        String before = Files.readString(dir.resolve("comparison.csv"));
        Atlas.ok("compare", rarest.toString(), random.toString(), "--replicates", "3", "--quiet", "--format", "svg",
                "--out", dir.toString());
        assertEquals(before, Files.readString(dir.resolve("comparison.csv")));
    }

    @Test
    void chartAndReportRedrawRunsSweepsAndComparisonsFromTheirFiles() throws IOException {
        Path run = tmp.resolve("run");
        Atlas.ok("run", rarest.toString(), "--quiet", "--out", run.toString());
        Atlas.ok("chart", run.toString(), "--format", "png,SVG");
        assertTrue(Files.isRegularFile(run.resolve("charts").resolve("download-time-cdf.png")));
        assertTrue(Files.isRegularFile(run.resolve("charts").resolve("download-time-cdf.svg")));
        Atlas.ok("report", run.toString());
        assertTrue(Files.readString(run.resolve("report.html")).contains("<svg"));

        Path cmp = tmp.resolve("cmp");
        Atlas.ok("compare", rarest.toString(), random.toString(), "--replicates", "2", "--quiet", "--format", "svg",
                "--out", cmp.toString());
        Path redrawn = tmp.resolve("redrawn");
        Atlas.ok("chart", cmp.toString(), "--format", "pdf", "--out", redrawn.toString());
        assertTrue(Files.list(redrawn).anyMatch(p -> p.toString().endsWith(".pdf")));
        Path html = tmp.resolve("cmp.html");
        Atlas.ok("report", cmp.toString(), "--out", html.toString());
        assertTrue(Files.readString(html).contains("random"));
    }

    @Test
    void aDirectoryWithoutResultsOrWithABrokenFileIsBadInput() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        for (String command : List.of("chart", "report")) {
            Atlas.Outcome outcome = Atlas.run(command, empty.toString());
            assertEquals(2, outcome.exitCode(), outcome.err());
            assertTrue(outcome.err().contains("summary.json"), outcome.err());
            Atlas.Outcome missing = Atlas.run(command, tmp.resolve("nowhere").toString());
            assertEquals(2, missing.exitCode(), missing.err());
        }
        assertFalse(Files.exists(empty.resolve("charts")));

        Path broken = Files.createDirectory(tmp.resolve("broken"));
        Files.writeString(broken.resolve("points.csv"), "point,metric,n,mean,sd,ci_low,ci_high\n0,peers,\"1\n");
        Atlas.Outcome outcome = Atlas.run("report", broken.toString());
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().startsWith(broken.resolve("points.csv") + ":2: "), outcome.err());
    }

    @Test
    void compareNeedsTwoScenariosAndPairs() {
        assertEquals(2, Atlas.run("compare", rarest.toString()).exitCode());
        assertEquals(2, Atlas.run("compare", rarest.toString(), random.toString(), "--replicates", "1").exitCode());
    }

    private static String scenario(String name, String picker) {
        return TinyScenario.yaml(name, "256 KiB", 12, "protocol: { picker: " + picker + " }\n"
                + "behaviour: { seeding: { model: exponential, mean: 1 min } }\n");
    }

    private static List<Path> runsOf(Path dir, String point) throws IOException {
        try (Stream<Path> runs = Files.list(dir.resolve("runs"))) {
            return runs.filter(p -> p.getFileName().toString().startsWith(point + "-")).sorted().toList();
        }
    }
}
