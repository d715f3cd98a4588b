package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.output.OutputDirectoryException;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioProblem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every failure maps to the documented exit code: bad input 2 with one stderr line per problem, anything unforeseen 3 with its stack trace. */
class ExitCodesTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ExitCodes exitCodes = new ExitCodes(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    private String err() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scenarioProblemsAreBadInputOneLineEach() {
        ScenarioException e = new ScenarioException(List.of(
                new ScenarioProblem("a.yaml", 3, "content.size", "must be positive"),
                new ScenarioProblem("a.yaml", 7, "colour", "unknown key")));
        assertEquals(2, exitCodes.handleExecutionException(e, null, null));
        assertEquals(List.of("a.yaml:3: content.size: must be positive", "a.yaml:7: colour: unknown key"),
                err().lines().toList());
    }

    @Test
    void anUnusableOutputDirectoryIsBadInput() {
        assertEquals(2, exitCodes.handleExecutionException(new OutputDirectoryException("results/x is mine"), null, null));
        assertEquals("results/x is mine", err().strip());
    }

    @Test
    void anythingElseIsAnInternalErrorWithItsStackTrace() {
        assertEquals(3, exitCodes.handleExecutionException(new IllegalStateException("boom"), null, null));
        assertTrue(err().startsWith("internal error"), err());
        assertTrue(err().contains("IllegalStateException: boom"), err());
        assertTrue(err().contains("\tat atlas.sim.cli.ExitCodesTest"), "stack trace: " + err());
    }
}
