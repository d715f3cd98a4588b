package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atlas sweep} and {@code atlas merge} keep their contract: the tables are the same bytes
 * whatever the number of threads, shards or processes; resuming runs exactly the missing runs; a
 * bad sweep file is exit code 2 with file:line problems and no output directory.
 */
class SweepCommandTest {

    private static final String SWEEP = TinyScenario.sweep(2);

    private static final List<String> TABLES = List.of("runs.csv", "points.csv");

    @TempDir
    Path tmp;

    private Path sweep;

    @BeforeEach
    void writeFiles() throws IOException {
        Files.writeString(tmp.resolve("base.yaml"), TinyScenario.yaml("tiny", "256 KiB", 12,
                "behaviour: { seeding: { model: exponential, mean: 1 min } }\n"));
        sweep = Files.writeString(tmp.resolve("small.yaml"), SWEEP);
    }

    private String dir(String name) {
        return tmp.resolve(name).toString();
    }

    private Map<String, byte[]> tables(String name) throws IOException {
        Map<String, byte[]> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, Files.readAllBytes(tmp.resolve(name).resolve(table)));
        }
        return tables;
    }

    private void assertSameTables(String expected, String actual) throws IOException {
        Map<String, byte[]> a = tables(expected);
        Map<String, byte[]> b = tables(actual);
        for (String table : TABLES) {
            assertArrayEquals(a.get(table), b.get(table), table + " of " + actual + " differs from " + expected);
        }
    }

    @Test
    void tablesAreTheSameForAnyJobsAndShards() throws IOException {
        Atlas.ok("sweep", sweep.toString(), "--jobs", "1", "--out", dir("one"), "--quiet");
        Atlas.ok("sweep", sweep.toString(), "--jobs", "2", "--out", dir("two"), "--quiet");
        Atlas.ok("sweep", sweep.toString(), "--shard", "0/3", "--out", dir("s0"), "--quiet");
        Atlas.ok("sweep", sweep.toString(), "--shard", "1/3", "--out", dir("s1"), "--quiet");
        Atlas.ok("sweep", sweep.toString(), "--shard", "2/3", "--out", dir("s2"), "--quiet");
        assertTrue(Files.isRegularFile(tmp.resolve("s1").resolve("runs-shard-1-of-3.csv")));
        assertEquals(1 + 3, Files.readAllLines(tmp.resolve("s0").resolve("runs-shard-0-of-3.csv")).size(),
                "runs 0, 3 and 6 of 8");
        Atlas.ok("merge", dir("s0"), dir("s1"), dir("s2"), "--out", dir("merged"));

        List<String> runs = Files.readAllLines(tmp.resolve("one").resolve("runs.csv"));
        assertEquals(1 + 8, runs.size());
        assertTrue(runs.get(0).startsWith("run,point,replicate,seed,protocol.picker,network.classes.0.upload,"
                + "peers_arrived,peers_completed,download_time_s.mean,"), runs.get(0));
        assertTrue(runs.get(3).startsWith("p0001-r00,1,0,"), runs.get(3));
        assertTrue(runs.get(3).contains(",rarest-first,4 Mbit/s,12,"), runs.get(3));
        List<String> points = Files.readAllLines(tmp.resolve("one").resolve("points.csv"));
        assertEquals("point,protocol.picker,network.classes.0.upload,metric,n,mean,sd,ci_low,ci_high", points.get(0));
        assertTrue(points.get(1).startsWith("0,rarest-first,1 Mbit/s,peers_arrived,2,12,0,12,12"), points.get(1));
        assertSameTables("one", "two");
        assertSameTables("one", "merged");
        assertEquals(SWEEP, Files.readString(tmp.resolve("merged").resolve("sweep.yaml")), "the sweep file, for provenance");
    }

    @Test
    void shardsInSeparateProcessesSharingADirectoryMergeToTheSameTables() throws Exception {
        Atlas.ok("sweep", sweep.toString(), "--jobs", "1", "--out", dir("single"), "--quiet");
        Process byOption = process(Map.of(), "--shard", "0/2");
        Process bySlurm = process(Map.of("SLURM_ARRAY_TASK_ID", "1", "SLURM_ARRAY_TASK_COUNT", "2"));
        for (Process p : List.of(byOption, bySlurm)) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the shard process did not end");
            assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(Files.isRegularFile(tmp.resolve("shared").resolve("runs-shard-1-of-2.csv")), "the Slurm task was shard 1");
        Atlas.ok("merge", dir("shared"));
        assertSameTables("single", "shared");
    }

    /** {@code atlas sweep} in a JVM of its own, into tmp/shared, with {@code env} added. */
    private Process process(Map<String, String> env, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "sweep", sweep.toString(),
                "--out", dir("shared"), "--quiet", "--jobs", "1"));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("SLURM_") || k.equals("JOB_COMPLETION_INDEX"));
        builder.environment().putAll(env);
        return builder.start();
    }

    @Test
    void resumeRunsExactlyTheMissingRun() throws IOException {
        Atlas.ok("sweep", sweep.toString(), "--out", dir("r"), "--quiet");
        Map<String, byte[]> tables = tables("r");
        Path runs = tmp.resolve("r").resolve("runs");
        Map<String, byte[]> summaries = new LinkedHashMap<>();
        try (Stream<Path> dirs = Files.list(runs)) {
            for (Path run : dirs.sorted().toList()) {
                summaries.put(run.getFileName().toString(), Files.readAllBytes(run.resolve("summary.json")));
            }
        }
        assertEquals(8, summaries.size());
        try (Stream<Path> files = Files.walk(runs.resolve("p0002-r01"))) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        Atlas.Outcome again = Atlas.ok("sweep", sweep.toString(), "--out", dir("r"), "--quiet");
        assertTrue(again.out().contains("1 runs (7 already done)"), again.out());
        for (Map.Entry<String, byte[]> summary : summaries.entrySet()) {
            byte[] now = Files.readAllBytes(runs.resolve(summary.getKey()).resolve("summary.json"));
            // summary.json records the wall time: a rewritten run would not keep its bytes.
            if (!summary.getKey().equals("p0002-r01")) {
                assertArrayEquals(summary.getValue(), now, summary.getKey() + " was run again");
            }
        }
        assertTrue(Files.isRegularFile(runs.resolve("p0002-r01").resolve("summary.json")));
        assertArrayEquals(tables.get("runs.csv"), Files.readAllBytes(tmp.resolve("r").resolve("runs.csv")));
        assertArrayEquals(tables.get("points.csv"), Files.readAllBytes(tmp.resolve("r").resolve("points.csv")));
        assertFalse(again.err().contains("warning"), again.err());
    }

    @Test
    void resumingOverRunsOfAnotherBuildSaysSo() throws IOException {
        Atlas.ok("sweep", sweep.toString(), "--out", dir("b"), "--quiet");
        Path summary = tmp.resolve("b").resolve("runs").resolve("p0001-r00").resolve("summary.json");
        Files.writeString(summary, Files.readString(summary).replaceFirst("\"git_commit\": \"[^\"]*\"",
                "\"git_commit\": \"0000000\""));
        Atlas.Outcome again = Atlas.ok("sweep", sweep.toString(), "--out", dir("b"), "--quiet");
        assertTrue(again.err().startsWith("warning: the runs in these tables were made by 2 builds of atlas"),
                "stderr: " + again.err() + " summary: " + Files.readString(summary));
        assertTrue(again.err().contains("(0000000)"), again.err());
    }

    @Test
    void badSweepFilesAreExitCodeTwoWithFileLineAndNoOutput() throws IOException {
        Map<String, String> bad = Map.of(
                "replicate: 2\n", ":8: replicate: unknown key",
                "parameters:\n  protocol.choker.slotz: [2]\n", ":9: parameters.protocol.choker.slotz: unknown key 'slotz'",
                "parameters:\n  seeds.0.upload: [10 Mbps]\n", ":9: parameters.seeds.0.upload: '10 Mbps' has an unknown rate unit",
                "replicates: 0\n", ":3: replicates: must be a whole number from 1");
        for (Map.Entry<String, String> entry : bad.entrySet()) {
            Path file = Files.writeString(tmp.resolve("bad.yaml"), badText(entry.getKey()));
            Atlas.Outcome outcome = Atlas.run("sweep", file.toString(), "--out", dir("bad-out"), "--quiet");
            assertEquals(2, outcome.exitCode(), outcome.err());
            assertTrue(outcome.err().lines().anyMatch(l -> l.startsWith(file + entry.getValue())),
                    "expected '" + file + entry.getValue() + "' in:\n" + outcome.err());
            assertFalse(Files.exists(tmp.resolve("bad-out")), "no output directory after bad input");
            Atlas.Outcome validate = Atlas.run("validate", file.toString());
            assertEquals(2, validate.exitCode(), validate.err());
        }
    }

    /** The sweep without parameters and with one change: its replicates replaced, or lines from line 8 on. */
    private static String badText(String change) {
        String withoutParameters = SWEEP.substring(0, SWEEP.indexOf("parameters:"));
        if (change.startsWith("replicates")) {
            return withoutParameters.replace("replicates: 2\n", change);
        }
        // Lines 1-4 are name, base, replicates and seed; three comment lines put the change on line 8.
        return withoutParameters + "# one\n# two\n# three\n" + change;
    }

    @Test
    void aDirectoryOfAnotherSweepIsRefused() throws IOException {
        Atlas.ok("sweep", sweep.toString(), "--out", dir("d"), "--quiet");
        Path other = Files.writeString(tmp.resolve("other.yaml"), SWEEP.replace("replicates: 2", "replicates: 1"));
        Atlas.Outcome outcome = Atlas.run("sweep", other.toString(), "--out", dir("d"), "--quiet");
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("holds another sweep"), outcome.err());
        Atlas.ok("sweep", other.toString(), "--out", dir("e"), "--quiet");
        Atlas.Outcome merge = Atlas.run("merge", dir("d"), dir("e"), "--out", dir("m"));
        assertEquals(2, merge.exitCode(), merge.err());
        assertTrue(merge.err().contains("belongs to another sweep"), merge.err());
    }

    @Test
    void mergeReportsMissingRuns() throws IOException {
        Atlas.ok("sweep", sweep.toString(), "--shard", "0/2", "--out", dir("half"), "--quiet");
        Atlas.Outcome refused = Atlas.run("merge", dir("half"));
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().startsWith("4 of 8 runs are missing: p0000-r01, p0001-r01, p0002-r01, p0003-r01"),
                refused.err());
        assertFalse(Files.exists(tmp.resolve("half").resolve("runs.csv")));
        Atlas.Outcome partial = Atlas.ok("merge", dir("half"), "--allow-missing");
        assertTrue(partial.err().startsWith("warning: 4 of 8 runs are missing"), partial.err());
        assertEquals(1 + 4, Files.readAllLines(tmp.resolve("half").resolve("runs.csv")).size());
    }

    @Test
    void validateChecksASweepAtEveryPoint() {
        Atlas.Outcome outcome = Atlas.ok("validate", sweep.toString());
        assertEquals("ok: 4 points x 2 replicates = 8 runs", outcome.out().strip());
    }

    @Test
    void progressEndsWithAllRunsDoneUnlessQuiet() {
        Atlas.Outcome shown = Atlas.ok("sweep", sweep.toString(), "--out", dir("p"));
        List<String> lines = shown.err().lines().toList();
        assertEquals("8/8 runs, ETA 0s", lines.get(lines.size() - 1), shown.err());
        Atlas.Outcome quiet = Atlas.ok("sweep", sweep.toString(), "--out", dir("q"), "--quiet");
        assertEquals("", quiet.err());
    }

    @Test
    void progressLinesComeEveryTenSecondsWithAnEta() {
        long[] now = {0};
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunsProgress progress = new RunsProgress(new PrintStream(err, true, StandardCharsets.UTF_8),
                ProgressDisplay.Mode.LINES, () -> now[0]);
        progress.onStart(4, 2);
        now[0] = 5_000_000_000L;
        progress.onRunDone(1);
        now[0] = 12_000_000_000L;
        progress.onRunDone(2);
        now[0] = 13_000_000_000L;
        progress.onRunDone(3);
        now[0] = 14_000_000_000L;
        progress.onRunDone(4);
        assertEquals(List.of("2/4 runs (2 done before), ETA 12s", "4/4 runs (2 done before), ETA 0s"),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void badShardIsAUsageError() {
        Atlas.Outcome outcome = Atlas.run("sweep", sweep.toString(), "--shard", "2/2", "--out", dir("x"));
        assertEquals(2, outcome.exitCode());
        assertTrue(outcome.err().contains("need 0 <= I < N"), outcome.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
