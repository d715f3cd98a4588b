package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line keeps its contract: exit codes 0/2/3, one stderr line per problem naming file and line, no output directory after bad input, and runs that are reproducible from their seed. */
class MainTest {

    @TempDir
    Path tmp;

    /** What one invocation printed and returned. */
    private record Outcome(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Outcome atlas(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String resource(String name) {
        try {
            return Path.of(MainTest.class.getResource(name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 20 peers fetching 2 MiB from one seed. */
    private static String tiny() {
        return resource("/atlas/sim/output/tiny.yaml");
    }

    private List<Path> tmpEntries() throws IOException {
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.toList();
        }
    }

    @Test
    void validateAcceptsAGoodScenario() {
        Outcome o = atlas("validate", tiny());
        assertEquals(0, o.exitCode(), o.err());
        assertEquals("ok", o.out().strip());
        assertEquals("", o.err());
    }

    @Test
    void validateReportsEveryProblemWithFileAndLine() {
        String bad = resource("bad.yaml");
        Outcome o = atlas("validate", bad);
        assertEquals(2, o.exitCode());
        assertEquals("", o.out());
        List<String> lines = o.errLines();
        assertEquals(2, lines.size(), o.err());
        assertTrue(lines.get(0).startsWith(bad + ":6: network.classes[0].upload: "), lines.get(0));
        assertTrue(lines.get(1).startsWith(bad + ":9: colour: "), lines.get(1));
    }

    @Test
    void validateReportsAMissingFile() {
        String missing = tmp.resolve("missing.yaml").toString();
        Outcome o = atlas("validate", missing);
        assertEquals(2, o.exitCode());
        assertTrue(o.err().startsWith(missing + ": "), o.err());
    }

    @Test
    void runOnAMissingFileExitsTwoAndWritesNothing() throws IOException {
        Outcome o = atlas("run", tmp.resolve("missing.yaml").toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, o.exitCode());
        assertEquals(1, o.errLines().size(), o.err());
        assertEquals(List.of(), tmpEntries());
    }

    @Test
    void runOnABadScenarioExitsTwoAndWritesNothing() throws IOException {
        Outcome o = atlas("run", resource("bad.yaml"), "--out", tmp.resolve("out").toString(), "--quiet");
        assertEquals(2, o.exitCode());
        assertEquals(2, o.errLines().size(), o.err());
        assertEquals(List.of(), tmpEntries());
    }

    @Test
    void runRefusesToOverwriteADirectoryThatIsNotARunsOutput() throws IOException {
        Path mine = Files.createDirectory(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        Outcome o = atlas("run", tiny(), "--out", mine.toString(), "--quiet");
        assertEquals(2, o.exitCode());
        assertTrue(o.err().contains(mine.toString()), o.err());
        try (Stream<Path> entries = Files.list(mine)) {
            assertEquals(List.of(mine.resolve("notes.txt")), entries.toList());
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, atlas().exitCode());
        assertEquals(2, atlas("frobnicate").exitCode());
        Outcome o = atlas("run", tiny(), "--seed", "not-a-number");
        assertEquals(2, o.exitCode());
        assertTrue(o.err().contains("--seed"), o.err());
        assertTrue(o.err().contains("atlas run --help"), o.err());
    }

    @Test
    void helpAndVersionExitZero() {
        Outcome help = atlas("run", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("upload_utilization"), "metrics listed in run --help");
        Outcome version = atlas("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("atlas "), version.out());
    }

    @Test
    void runWritesTheOutputDirectory() throws IOException {
        Path dir = tmp.resolve("tiny");
        Outcome o = atlas("run", tiny(), "--out", dir.toString(), "--quiet");
        assertEquals(0, o.exitCode(), o.err());
        assertEquals("", o.err());
        assertTrue(o.out().contains(dir.toString()), o.out());
        for (String file : List.of("summary.json", "peers.csv", "timeseries.csv", "scenario.resolved.yaml")) {
            assertTrue(Files.size(dir.resolve(file)) > 0, file);
        }
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals("tiny", summary.get("scenario").asText());
        assertEquals(7, summary.get("seed").asLong(), "the scenario's seed by default");
        for (String key : List.of("atlas_version", "git_commit", "scenario_hash", "wall_time_s", "events", "events_per_s",
                "simulated_time_s")) {
            assertTrue(summary.has(key), key);
        }
        JsonNode metrics = summary.get("metrics");
        for (String key : List.of("peers_arrived", "peers_completed", "download_time_s", "download_speed_kib_s",
                "seeder_retention", "mean_seeding_time_s", "availability", "uploaded_bytes", "downloaded_bytes",
                "overhead_bytes", "upload_utilization")) {
            assertTrue(metrics.has(key), key);
        }
        assertEquals(20, metrics.get("peers_arrived").asLong());
        assertEquals(21, Files.readAllLines(dir.resolve("peers.csv")).size() - 1, "20 peers and the seed");
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        assertEquals(0, atlas("run", tiny(), "--seed", "5", "--out", a.toString(), "--quiet").exitCode());
        assertEquals(0, atlas("run", tiny(), "--seed", "5", "--out", b.toString(), "--quiet").exitCode());
        assertEquals(0, atlas("run", tiny(), "--seed", "6", "--out", c.toString(), "--quiet").exitCode());
        for (String file : List.of("peers.csv", "timeseries.csv", "scenario.resolved.yaml")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
        assertFalse(Files.readString(a.resolve("peers.csv")).equals(Files.readString(c.resolve("peers.csv"))));
        assertFalse(Files.readString(a.resolve("timeseries.csv")).equals(Files.readString(c.resolve("timeseries.csv"))));
    }
}
