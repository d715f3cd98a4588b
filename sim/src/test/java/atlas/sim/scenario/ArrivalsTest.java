package atlas.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each arrival process says how many peers it brings before a time: what a run's ETA rests on. */
class ArrivalsTest {

    private static final long HOUR = 3_600_000_000L;

    @Test
    void aFlashCrowdBringsAllItsPeers() throws ScenarioException {
        assertEquals(1000, new Arrivals.FlashCrowd(1000).expectedBefore(HOUR));
    }

    @Test
    void poissonBringsItsMeanUpToTheLimitAndNoMoreThanMaxPeers() throws ScenarioException {
        assertEquals(360, new Arrivals.Poisson(0.1, Integer.MAX_VALUE, 10 * HOUR).expectedBefore(HOUR), 1e-9);
        assertEquals(50, new Arrivals.Poisson(0.1, 50, 10 * HOUR).expectedBefore(HOUR), 1e-9);
        assertEquals(180, new Arrivals.Poisson(0.1, Integer.MAX_VALUE, HOUR / 2).expectedBefore(HOUR), 1e-9,
                "arrivals stop at the process's own end");
    }

    @Test
    void aScheduleSumsItsSegmentsCutAtTheLimit() throws ScenarioException {
        Arrivals schedule = new Arrivals.Schedule(List.of(new Arrivals.Segment(HOUR / 2, 0.1),
                new Arrivals.Segment(2 * HOUR, 0.4), new Arrivals.Segment(3 * HOUR, 9)));
        assertEquals(180 + 720, schedule.expectedBefore(HOUR), 1e-9);
    }

    @Test
    void aTraceCountsItsRowsUpToTheLimit(@TempDir Path tmp) throws IOException, ScenarioException {
        Path trace = Files.writeString(tmp.resolve("arrivals.csv"), "time\n0 s\n10 s\n20 s\n2 h\n");
        assertEquals(3, new Arrivals.Trace(trace).expectedBefore(HOUR));
        assertThrows(ScenarioException.class, () -> new Arrivals.Trace(tmp.resolve("gone.csv")).expectedBefore(HOUR));
    }

    /** Whether peers stop arriving before a run's limit, which a run until all-complete needs (else a warning). */
    @Test
    void arrivalsStopBeforeALimitOnlyIfTheyEndOrReachMaxPeersByThen() {
        double perMinute = 1 / 60.0;
        long month = 720 * HOUR;
        assertTrue(new Arrivals.FlashCrowd(10).stopBefore(month));
        assertFalse(new Arrivals.Poisson(perMinute, Integer.MAX_VALUE, Long.MAX_VALUE).stopBefore(month));
        assertFalse(new Arrivals.Poisson(perMinute, 1_000_000, Long.MAX_VALUE).stopBefore(month),
                "43,200 expected in 30 days: a million is never reached");
        assertTrue(new Arrivals.Poisson(perMinute, 100, Long.MAX_VALUE).stopBefore(month));
        assertTrue(new Arrivals.Poisson(perMinute, Integer.MAX_VALUE, HOUR).stopBefore(month));
        assertTrue(new Arrivals.Schedule(List.of(new Arrivals.Segment(HOUR, perMinute))).stopBefore(month));
        assertFalse(new Arrivals.Schedule(List.of(new Arrivals.Segment(2 * month, perMinute))).stopBefore(month));
    }
}
