package atlas.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioLoader;
import atlas.sim.scenario.ScenarioWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's scenario_hash covers the bytes of the files the scenario reads, not where they live, and scenario.resolved.yaml names each with its digest. */
class ScenarioProvenanceTest {

    private static final String TRACE = "time,class\n0,dsl\n1.5,cable\n90 s,\n";
    private static final String PRICES = "time,usd\n0,0.001\n1 h,0.002\n";

    @TempDir
    Path tmp;

    /** A scenario reading arrivals.csv and prices.csv from {@code folder}. */
    private static Path scenario(Path folder, String trace) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("arrivals.csv"), trace);
        Files.writeString(folder.resolve("prices.csv"), PRICES);
        return Files.writeString(folder.resolve("traced.yaml"), """
                content: { size: 1 MiB }
                network:
                  classes:
                    - { name: dsl, share: 0.5, upload: 1 Mbit/s, download: 8 Mbit/s }
                    - { name: cable, share: 0.5, upload: 5 Mbit/s, download: 50 Mbit/s }
                seeds: [ { upload: 10 Mbit/s } ]
                arrivals: { trace: { file: arrivals.csv } }
                incentives: { token-price: { csv: prices.csv } }
                """);
    }

    /** scenario_hash of a run of {@code file}, as summary.json has it. */
    private String summaryHash(Path file) throws IOException, ScenarioException {
        Path dir = Files.createTempDirectory(tmp, "run");
        Scenario s = ScenarioLoader.load(file);
        RunWriter.write(new RunResult(s, 1, 1, EndedBy.ALL_COMPLETE, 1, 1, List.of(), new TimeSeries(), 0),
                dir.resolve("out"));
        return new ObjectMapper().readTree(dir.resolve("out").resolve(RunWriter.SUMMARY).toFile()).get("scenario_hash")
                .asText();
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void identicalFilesInTwoFoldersHashTheSame() throws Exception {
        assertEquals(summaryHash(scenario(tmp.resolve("a"), TRACE)), summaryHash(scenario(tmp.resolve("b"), TRACE)));
    }

    @Test
    void editingARowOfTheTraceChangesTheHash() throws Exception {
        Path file = scenario(tmp.resolve("a"), TRACE);
        String before = summaryHash(file);
        scenario(tmp.resolve("a"), TRACE.replace("1.5,cable", "1.5,dsl"));
        assertNotEquals(before, summaryHash(file));
    }

    @Test
    void editingAPriceChangesTheHash() throws Exception {
        Path file = scenario(tmp.resolve("a"), TRACE);
        String before = summaryHash(file);
        Files.writeString(tmp.resolve("a").resolve("prices.csv"), PRICES.replace("0.002", "0.003"));
        assertNotEquals(before, summaryHash(file));
    }

    @Test
    void theResolvedScenarioGivesEachFileWithItsDigestAndStillLoads() throws Exception {
        Path folder = tmp.resolve("a");
        Scenario s = ScenarioLoader.load(scenario(folder, TRACE));
        RunWriter.write(new RunResult(s, 1, 1, EndedBy.ALL_COMPLETE, 1, 1, List.of(), new TimeSeries(), 0),
                tmp.resolve("out"));
        Path resolved = tmp.resolve("out").resolve(RunWriter.RESOLVED_SCENARIO);
        String text = Files.readString(resolved);
        // Relative to the run's folder, so that a clone of a repository holding both still reruns.
        String trace = "    file: ../a/arrivals.csv  # sha256 " + sha256(TRACE);
        String prices = "    csv: ../a/prices.csv  # sha256 " + sha256(PRICES);
        assertTrue(text.lines().anyMatch(trace::equals), text);
        assertTrue(text.lines().anyMatch(prices::equals), text);
        assertEquals(s, ScenarioLoader.load(resolved), "the comments are only comments");
        String hash = ScenarioWriter.hash(s);
        Path moved = Files.move(tmp, tmp.resolveSibling(tmp.getFileName() + "-moved"));
        try {
            Scenario again = ScenarioLoader.load(moved.resolve("out").resolve(RunWriter.RESOLVED_SCENARIO));
            assertEquals(hash, ScenarioWriter.hash(again), "moved with its files, it is the same scenario");
        } finally {
            Files.move(moved, tmp);
        }
    }
}
