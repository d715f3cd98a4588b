package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.scenario.Arrivals;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress is redrawn in place on a terminal, printed as occasional plain lines elsewhere, silent when quiet, and its ETA extrapolates a fraction done that grows steadily with the work. */
class ProgressDisplayTest {

    private static final long S = 1_000_000_000L;

    /** A wall clock the test sets by hand. */
    private static final class Clock {
        long nanos;
    }

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final Clock clock = new Clock();

    private String shown() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plainLinesEveryTenSecondsOfWallTime() {
        ProgressDisplay display = new ProgressDisplay(stream, ProgressDisplay.Mode.LINES, 0, 0, () -> clock.nanos);
        for (long t = 1; t <= 25; t++) {
            clock.nanos = t * S;
            display.onProgress(t * 60_000_000L, t * 1000, 10, 1, 9, 2, 0);
        }
        display.finish();
        // Shown at 10 s and 20 s of wall time; nothing in place, no ETA without a known end.
        assertEquals(2, shown().lines().count(), shown());
        assertFalse(shown().contains("\r"));
        assertFalse(shown().contains("ETA"));
        assertTrue(shown().lines().findFirst().orElseThrow().startsWith("sim 10m00s, 10000 events (1000/s)"), shown());
    }

    @Test
    void terminalRedrawsInPlaceWithEtaFromSimulatedTime() {
        // A fixed 100 s run, halfway after 10 s of wall time: 10 s to go.
        ProgressDisplay display = new ProgressDisplay(stream, ProgressDisplay.Mode.TERMINAL, 100_000_000L, 0,
                () -> clock.nanos);
        clock.nanos = 10 * S;
        display.onProgress(50_000_000L, 5000, 20, 3, 17, 4, 0);
        String first = shown();
        assertEquals("\r[##########..........] 50% sim 50s, 500 ev/s, 3/20 done, ETA 10s", first);
        clock.nanos = 10 * S + S / 100;
        display.onProgress(60_000_000L, 5001, 20, 3, 17, 4, 0);
        assertEquals(first, shown(), "redrawn more often than a person can read");
        clock.nanos = 20 * S;
        display.onProgress(80_000_000L, 8000, 20, 3, 17, 4, 0);
        assertEquals(2, shown().chars().filter(c -> c == '\r').count());
        assertFalse(shown().contains("\n"));
        display.finish();
        assertTrue(shown().endsWith("\n"));
    }

    @Test
    void aShorterRedrawErasesTheLongerLineBeforeIt() {
        ProgressDisplay display = new ProgressDisplay(stream, ProgressDisplay.Mode.TERMINAL, 0, 0, () -> clock.nanos);
        clock.nanos = S;
        display.onProgress(3_600_000_000L, 5_000_000, 10_000, 9_999, 1, 1, 0);
        int longer = shown().length() - 1;
        clock.nanos = 2 * S;
        display.onProgress(3_600_000_000L, 5_000_000, 1, 1, 1, 1, 0);
        String second = shown().substring(longer + 1);
        assertTrue(second.startsWith("\r"));
        assertEquals(longer, second.length() - 1, "padded to the previous length: " + second);
        assertTrue(second.endsWith(" "), second);
    }

    @Test
    void runToCompletionEtaFromPayloadNotFromCompletions() {
        // 20 peers of 1 MB: half the payload is in after 30 s, though nobody has completed yet (a
        // flash crowd completes at the end), so about 30 s remain.
        ProgressDisplay display = new ProgressDisplay(stream, ProgressDisplay.Mode.TERMINAL, 0, 20e6, () -> clock.nanos);
        clock.nanos = 30 * S;
        display.onProgress(1_000_000L, 100, 20, 0, 20, 1, 10_000_000L);
        assertTrue(shown().contains(" 50% "), shown());
        assertTrue(shown().endsWith("ETA 30s"), shown());
    }

    @Test
    void anUnreadableTraceGivesNoEtaRatherThanAWrongOne(@TempDir Path tmp) {
        assertEquals(0, ProgressDisplay.expectedArrivals(new Arrivals.Trace(tmp.resolve("gone.csv")), 1));
    }

    @Test
    void quietShowsNothing() {
        ProgressDisplay display = new ProgressDisplay(stream, ProgressDisplay.Mode.QUIET, 100, 0, () -> clock.nanos);
        clock.nanos = 100 * S;
        display.onProgress(50, 1, 1, 1, 1, 1, 0);
        display.finish();
        assertEquals("", shown());
    }

    @Test
    void durationsAreShortAndUnambiguous() {
        assertEquals("0s", ProgressDisplay.duration(0));
        assertEquals("59s", ProgressDisplay.duration(59));
        assertEquals("3m07s", ProgressDisplay.duration(187));
        assertEquals("2h03m07s", ProgressDisplay.duration(7387));
        assertEquals("4d02h03m", ProgressDisplay.duration(4 * 86_400 + 7387));
    }

    @Test
    void ratesAreCompactOnATerminal() {
        assertEquals("999", ProgressDisplay.compact(999));
        assertEquals("251k", ProgressDisplay.compact(251_999));
        assertEquals("1.2M", ProgressDisplay.compact(1_234_567));
    }
}
