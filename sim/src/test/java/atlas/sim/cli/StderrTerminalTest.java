package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Progress follows stderr: the launcher's word on whether stderr is a terminal wins over Java's console, which reflects stdin and stdout. */
class StderrTerminalTest {

    @Test
    void theLaunchersWordWinsOverTheConsole() {
        assertFalse(Main.stderrIsTerminal("false", true), "atlas run X 2>log: no carriage returns in the log");
        assertTrue(Main.stderrIsTerminal("true", false), "atlas run X >out: the bar on the terminal");
    }

    @Test
    void withoutTheLauncherTheConsoleDecides() {
        assertTrue(Main.stderrIsTerminal(null, true));
        assertFalse(Main.stderrIsTerminal(null, false));
    }
}
