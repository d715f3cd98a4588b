package atlas.sim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** checks.csv has one row per check with its verdict, and a missing value is an empty cell that fails. */
class ChecksTableTest {

    @TempDir
    Path dir;

    @Test
    void csvHasTheDocumentedColumnsAndVerdicts() throws Exception {
        List<Check> checks = List.of(
                new Check("kumar-ross", "last completion", "crowd, 30 peers", "s", 80, 60, new Tolerance.RatioAtLeast(1)),
                new Check("kumar-ross", "last completion", "crowd, 300 peers", "s", Double.NaN, 60, new Tolerance.RatioAtLeast(1)));
        Path file = dir.resolve("checks.csv");
        ChecksTable.writeCsv(file, checks);
        List<String> lines = Files.readAllLines(file);
        assertEquals(String.join(",", ChecksTable.COLUMNS), lines.get(0));
        assertEquals("kumar-ross,last completion,\"crowd, 30 peers\",s,80,60,1.333333,ratio >= 1,PASS", lines.get(1));
        assertEquals("kumar-ross,last completion,\"crowd, 300 peers\",s,,60,,ratio >= 1,FAIL", lines.get(2));
        assertTrue(ChecksTable.format(checks).endsWith("2 checks, 1 passed, 1 failed\n"));
    }
}
