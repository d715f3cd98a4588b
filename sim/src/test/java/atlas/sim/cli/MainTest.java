package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
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
        Atlas.Outcome o = Atlas.run("validate", tiny());
        assertEquals(0, o.exitCode(), o.err());
        assertEquals("ok", o.out().strip());
        assertEquals("", o.err());
    }

    @Test
    void validateReportsEveryProblemWithFileAndLine() {
        String bad = resource("bad.yaml");
        Atlas.Outcome o = Atlas.run("validate", bad);
        assertEquals(2, o.exitCode());
        assertEquals("", o.out());
        List<String> lines = o.err().lines().toList();
        assertEquals(2, lines.size(), o.err());
        assertTrue(lines.get(0).startsWith(bad + ":6: network.classes[0].upload: "), lines.get(0));
        assertTrue(lines.get(1).startsWith(bad + ":9: colour: "), lines.get(1));
    }

    @Test
    void validateReportsAMissingFile() {
        String missing = tmp.resolve("missing.yaml").toString();
        Atlas.Outcome o = Atlas.run("validate", missing);
        assertEquals(2, o.exitCode());
        assertTrue(o.err().startsWith(missing + ": "), o.err());
    }

    @Test
    void runOnAMissingFileExitsTwoAndWritesNothing() throws IOException {
        Atlas.Outcome o = Atlas.run("run", tmp.resolve("missing.yaml").toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, o.exitCode());
        assertEquals(1, o.err().lines().toList().size(), o.err());
        assertEquals(List.of(), tmpEntries());
    }

    @Test
    void runOnABadScenarioExitsTwoAndWritesNothing() throws IOException {
        Atlas.Outcome o = Atlas.run("run", resource("bad.yaml"), "--out", tmp.resolve("out").toString(), "--quiet");
        assertEquals(2, o.exitCode());
        assertEquals(2, o.err().lines().toList().size(), o.err());
        assertEquals(List.of(), tmpEntries());
    }

    @Test
    void runRefusesToOverwriteADirectoryThatIsNotARunsOutput() throws IOException {
        Path mine = Files.createDirectory(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        Atlas.Outcome o = Atlas.run("run", tiny(), "--out", mine.toString(), "--quiet");
        assertEquals(2, o.exitCode());
        assertTrue(o.err().contains(mine.toString()), o.err());
        try (Stream<Path> entries = Files.list(mine)) {
            assertEquals(List.of(mine.resolve("notes.txt")), entries.toList());
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Atlas.run().exitCode());
        assertEquals(2, Atlas.run("frobnicate").exitCode());
        Atlas.Outcome o = Atlas.run("run", tiny(), "--seed", "not-a-number");
        assertEquals(2, o.exitCode());
        assertTrue(o.err().contains("--seed"), o.err());
        assertTrue(o.err().contains("atlas run --help"), o.err());
    }

    @Test
    void helpAndVersionExitZero() {
        Atlas.Outcome help = Atlas.run("run", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("upload_utilization"), "metrics listed in run --help");
        Atlas.Outcome version = Atlas.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("atlas "), version.out());
    }

    @Test
    void runWritesTheOutputDirectory() throws IOException {
        Path dir = tmp.resolve("tiny");
        Atlas.Outcome o = Atlas.run("run", tiny(), "--out", dir.toString(), "--quiet");
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
                "seeder_retention", "mean_seeding_time_s", "restricted_mean_seeding_time_s", "availability",
                "uploaded_bytes", "downloaded_bytes", "overhead_bytes", "upload_utilization")) {
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
        assertEquals(0, Atlas.run("run", tiny(), "--seed", "5", "--out", a.toString(), "--quiet").exitCode());
        assertEquals(0, Atlas.run("run", tiny(), "--seed", "5", "--out", b.toString(), "--quiet").exitCode());
        assertEquals(0, Atlas.run("run", tiny(), "--seed", "6", "--out", c.toString(), "--quiet").exitCode());
        for (String file : List.of("peers.csv", "timeseries.csv", "scenario.resolved.yaml")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
        assertFalse(Files.readString(a.resolve("peers.csv")).equals(Files.readString(c.resolve("peers.csv"))));
        assertFalse(Files.readString(a.resolve("timeseries.csv")).equals(Files.readString(c.resolve("timeseries.csv"))));
    }
}
