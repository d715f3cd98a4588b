package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The {@code atlas} command line in-process, as the tests call it: exit code and both streams. */
final class Atlas {

    record Outcome(int exitCode, String out, String err) {
    }

    private Atlas() {
    }

    static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs and asserts success, showing stderr if not. */
    static Outcome ok(String... args) {
        Outcome outcome = run(args);
        assertEquals(0, outcome.exitCode(), outcome.err());
        return outcome;
    }
}
