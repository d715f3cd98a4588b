package atlas.sim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.scenario.ScenarioWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A run's output directory has the documented files and keys, is byte-identical for identical results, and is never left half-written or written over someone else's files. */
class RunWriterTest {

    private static final long S = 1_000_000;

    @TempDir
    Path tmp;

    private static RunResult twoPeers() {
        TimeSeries series = new TimeSeries();
        series.add(0, 1, 1, 0, 1);
        series.add(1_500_000, 1, 1, 262_144.5, 1);
        series.add(3_000_000, 0, 2, 0, 2);
        return new RunResult(Fixtures.tinyScenario(), 42, 3 * S, EndedBy.ALL_COMPLETE, 1234, 500_000_000L, List.of(
                new PeerRecord(0, "seed", true, 1.25e6, 1.25e6, 0, 0, -1, 2_097_152, 0, 68, 0),
                new PeerRecord(1, "dsl, slow", false, 125_000, 1_000_000.25, 250_000, 2_750_000, -1, 0, 2_097_152, 1234, 0)),
                series, 3 * S);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void writesTheFourFilesWithDocumentedColumns() throws IOException {
        Path dir = tmp.resolve("run");
        RunWriter.write(twoPeers(), dir);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("peers.csv", "scenario.resolved.yaml", "summary.json", "timeseries.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(List.of(
                "id,class,initial_seed,upload_capacity_bytes_per_s,download_capacity_bytes_per_s,arrival_s,completion_s,"
                        + "departure_s,bytes_up,bytes_down,overhead_bytes,wasted_bytes",
                "0,seed,true,1250000,1250000,0,0,,2097152,0,68,0",
                "1,\"dsl, slow\",false,125000,1000000.25,0.25,2.75,,0,2097152,1234,0"), lines(dir.resolve("peers.csv")));
        assertEquals(List.of(
                "time_s,leechers,seeds,download_rate_kib_s,min_availability",
                "0,1,1,0,1",
                "1.5,1,1,256.000488,1",
                "3,0,2,0,2"), lines(dir.resolve("timeseries.csv")));
        assertEquals(ScenarioWriter.toResolvedYaml(Fixtures.tinyScenario(), dir),
                Files.readString(dir.resolve("scenario.resolved.yaml"), StandardCharsets.UTF_8));
    }

    @Test
    void summaryHoldsProvenanceCostAndMetrics() throws IOException {
        Path dir = tmp.resolve("run");
        RunWriter.write(twoPeers(), dir);
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        List<String> keys = new ArrayList<>();
        summary.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("scenario", "seed", "atlas_version", "git_commit", "scenario_hash", "wall_time_s", "events",
                "events_per_s", "simulated_time_s", "ended_by", "metrics"), keys);
        assertEquals("tiny", summary.get("scenario").asText());
        assertEquals(42, summary.get("seed").asLong());
        assertEquals(BuildInfo.CURRENT.version(), summary.get("atlas_version").asText());
        assertEquals(ScenarioWriter.hash(Fixtures.tinyScenario()), summary.get("scenario_hash").asText());
        assertEquals(0.5, summary.get("wall_time_s").asDouble());
        assertEquals(1234, summary.get("events").asLong());
        assertEquals(2468, summary.get("events_per_s").asDouble());
        assertEquals(3, summary.get("simulated_time_s").asDouble());
        assertEquals("all-complete", summary.get("ended_by").asText(), "3 s, well before the limit");
        JsonNode metrics = summary.get("metrics");
        List<String> names = new ArrayList<>();
        metrics.fieldNames().forEachRemaining(names::add);
        assertEquals(Metrics.ALL.stream().map(Metric::name).toList(), names);
        assertEquals(1, metrics.get("peers_completed").asLong());
        assertEquals(2.5, metrics.get("download_time_s").get("p95").asDouble());
        // The one completed peer is still seeding 0.25 s later at the end: 1 h is beyond the data.
        assertTrue(metrics.get("seeder_retention").get("1h").isNull());
        assertTrue(Files.readString(dir.resolve("summary.json")).endsWith("}\n"));
    }

    /** Identical results give identical bytes in every file, whatever the run. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void identicalResultsGiveIdenticalBytes(long seed) throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        RunWriter.write(Fixtures.randomRun(seed), a);
        RunWriter.write(Fixtures.randomRun(seed), b);
        for (String file : List.of("summary.json", "peers.csv", "timeseries.csv", "scenario.resolved.yaml")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
        Path other = tmp.resolve("other");
        RunWriter.write(Fixtures.randomRun(seed + 100), other);
        assertFalse(Files.readString(a.resolve("peers.csv")).equals(Files.readString(other.resolve("peers.csv"))));
    }

    @Test
    void replacesAPreviousRunAndLeavesNoTemporaryFiles() throws IOException {
        Path dir = tmp.resolve("run");
        RunWriter.write(Fixtures.randomRun(1), dir);
        String first = Files.readString(dir.resolve("peers.csv"));
        RunWriter.write(Fixtures.randomRun(2), dir);
        assertNotEquals(first, Files.readString(dir.resolve("peers.csv")));
        assertEquals(List.of(dir), siblings());
    }

    @Test
    void replacesARunsChartsAndReportButRefusesToDeleteFilesItDidNotWrite() throws IOException {
        Path dir = tmp.resolve("run");
        RunWriter.write(Fixtures.randomRun(1), dir);
        Files.createDirectory(dir.resolve("charts"));
        Files.writeString(dir.resolve("report.html"), "<html>");
        RunWriter.write(Fixtures.randomRun(2), dir);
        assertFalse(Files.exists(dir.resolve("report.html")), "the old run's report went with it");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> RunWriter.write(Fixtures.randomRun(3), dir));
        assertTrue(e.getMessage().contains("notes.txt, which atlas did not write"), e.getMessage());
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
    }

    @Test
    void writesIntoAnEmptyDirectoryAndCreatesParents() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        RunWriter.write(twoPeers(), empty);
        assertTrue(Files.isRegularFile(empty.resolve("summary.json")));
        Path nested = tmp.resolve("a/b/c");
        RunWriter.write(twoPeers(), nested);
        assertTrue(Files.isRegularFile(nested.resolve("peers.csv")));
    }

    @Test
    void refusesToReplaceADirectoryThatIsNotARunsOutput() throws IOException {
        Path mine = Files.createDirectory(tmp.resolve("mine"));
        Files.writeString(mine.resolve("thesis.tex"), "precious");
        assertThrows(OutputDirectoryException.class, () -> RunWriter.checkTarget(mine));
        assertThrows(OutputDirectoryException.class, () -> RunWriter.write(twoPeers(), mine));
        assertEquals("precious", Files.readString(mine.resolve("thesis.tex")));
        assertEquals(List.of(mine), siblings());
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThrows(OutputDirectoryException.class, () -> RunWriter.write(twoPeers(), file));
    }

    @Test
    void aFailureMidWayLeavesNoDirectoryBehind() throws IOException {
        // A NaN capacity cannot be written: peers.csv fails after summary.json is complete.
        RunResult broken = new RunResult(Fixtures.tinyScenario(), 1, S, EndedBy.ALL_COMPLETE, 1, 1, List.of(
                new PeerRecord(0, "seed", true, Double.NaN, 1, 0, 0, -1, 0, 0, 0, 0)), new TimeSeries(), S);
        Path dir = tmp.resolve("run");
        assertThrows(IllegalArgumentException.class, () -> RunWriter.write(broken, dir));
        assertFalse(Files.exists(dir));
        assertEquals(List.of(), siblings());
    }

    @Test
    void aFailureWhenReplacingKeepsThePreviousRun() throws IOException {
        Path dir = tmp.resolve("run");
        RunWriter.write(twoPeers(), dir);
        byte[] before = Files.readAllBytes(dir.resolve("peers.csv"));
        RunResult broken = new RunResult(Fixtures.tinyScenario(), 1, S, EndedBy.ALL_COMPLETE, 1, 1, List.of(
                new PeerRecord(0, "seed", true, Double.NaN, 1, 0, 0, -1, 0, 0, 0, 0)), new TimeSeries(), S);
        assertThrows(IllegalArgumentException.class, () -> RunWriter.write(broken, dir));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("peers.csv")));
        assertEquals(List.of(dir), siblings());
    }

    /** Everything in the temporary directory: staging directories would show up here. */
    private List<Path> siblings() throws IOException {
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.sorted().toList();
        }
    }
}
