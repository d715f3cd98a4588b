package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.validation.Check;
import atlas.sim.validation.ChecksTable;
import atlas.sim.validation.Tolerance;
import atlas.sim.validation.ValidationSuite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atlas validate-model} prints and writes every check, and exits 1 exactly when one fails. */
class ValidateModelCommandTest {

    private static final String TINY = """
            name: tiny
            seed: 5
            content: { size: 1 MiB, piece: 256 KiB }
            network:
              classes: [ { name: peer, share: 1, upload: 2 Mbit/s, download: 8 Mbit/s } ]
            seeds: [ { count: 1, upload: 4 Mbit/s } ]
            arrivals: { flash-crowd: { peers: 10 } }
            """;

    @TempDir
    Path dir;

    @Test
    void conservationOfATinyShippedScenarioPassesAndWritesTheCsv() throws Exception {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("tiny.yaml"), TINY);
        Path out = dir.resolve("out");
        Atlas.Outcome outcome = Atlas.ok("validate-model", "--quick", "--only", "conservation", "--scenarios",
                scenarios.toString(), "--out", out.toString(), "--jobs", "1", "--format", "svg", "--quiet");
        assertTrue(outcome.out().contains("4 checks, 4 passed, 0 failed"), outcome.out());
        List<String> csv = Files.readAllLines(out.resolve("checks.csv"));
        assertEquals(String.join(",", ChecksTable.COLUMNS), csv.get(0));
        assertEquals(5, csv.size());
        assertTrue(csv.stream().skip(1).allMatch(line -> line.startsWith("conservation,") && line.endsWith(",PASS")), csv.toString());
    }

    @Test
    void aFailedCheckExitsWithOne() {
        Check violated = new Check("kumar-ross", "last completion / minimum distribution time", "fake", "s", 50, 60,
                new Tolerance.RatioAtLeast(1));
        Check fine = new Check("conservation", "balance", "fake", "bytes", 0, 0, new Tolerance.AbsoluteWithin(0));
        assertEquals(ExitCodes.CHECK_FAILED, ValidateModelCommand.exitCode(new ValidationSuite.Outcome(List.of(fine, violated), List.of(), 1)));
        assertEquals(ExitCodes.OK, ValidateModelCommand.exitCode(new ValidationSuite.Outcome(List.of(fine), List.of(), 1)));
    }

    @Test
    void anUnknownFamilyIsBadInput() {
        Atlas.Outcome outcome = Atlas.run("validate-model", "--only", "physics", "--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode());
        assertTrue(outcome.err().contains("conservation, kumar-ross, fluid-model, missing-piece"), outcome.err());
    }
}
