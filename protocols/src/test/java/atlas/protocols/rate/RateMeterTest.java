package atlas.protocols.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Guards the rate estimate chokers rank peers by: it tracks a stream, forgets old traffic, and never divides by zero. */
class RateMeterTest {

    private static final long SECOND = 1_000_000L;
    private static final long WINDOW = 20 * SECOND;

    /** Sends {@code bytesPerSecond} in 100 ms chunks over [from, to); returns {@code to}. */
    private static long stream(RateMeter meter, long from, long to, long bytesPerSecond) {
        for (long t = from; t < to; t += SECOND / 10) {
            meter.record(t, bytesPerSecond / 10);
        }
        return to;
    }

    @Test
    void steadyStreamConvergesToItsRate() {
        RateMeter meter = new RateMeter(WINDOW);
        long end = stream(meter, 0, 100 * SECOND, 10_000);
        assertEquals(10_000, meter.rate(end), 100);
    }

    @Test
    void rateDecaysAfterTrafficStops() {
        RateMeter meter = new RateMeter(WINDOW);
        long end = stream(meter, 0, 100 * SECOND, 10_000);
        double previous = meter.rate(end);
        for (long t = end + SECOND; t <= end + 5 * WINDOW; t += SECOND) {
            double rate = meter.rate(t);
            assertTrue(rate < previous, "rate must fall while nothing arrives, at " + t);
            previous = rate;
        }
        // Polled every second the estimate shrinks by window / (window + 1 s) per poll.
        assertTrue(previous < 100, "five silent windows leave under 1 % of the rate: " + previous);
    }

    @Test
    void followsARateChangeWithinAFewWindows() {
        RateMeter meter = new RateMeter(WINDOW);
        long t = stream(meter, 0, 100 * SECOND, 10_000);
        long oneWindowLater = stream(meter, t, t + WINDOW, 20_000);
        double afterOne = meter.rate(oneWindowLater);
        long threeWindowsLater = stream(meter, oneWindowLater, t + 3 * WINDOW, 20_000);
        double afterThree = meter.rate(threeWindowsLater);
        // The old rate's weight decays like exp(-elapsed / window): ~37 % after one, ~5 % after three.
        assertEquals(20_000 - 10_000 * Math.exp(-1), afterOne, 1_000);
        assertEquals(20_000, afterThree, 1_000);
    }

    @Test
    void shorterWindowForgetsFaster() {
        RateMeter shortWindow = new RateMeter(5 * SECOND);
        RateMeter longWindow = new RateMeter(WINDOW);
        long t = stream(shortWindow, 0, 100 * SECOND, 10_000);
        stream(longWindow, 0, 100 * SECOND, 10_000);
        long later = t + 10 * SECOND;
        // After a silence s read in one update, mainline's estimate is rate * window / (window + s).
        assertEquals(10_000 * 5.0 / 15.0, shortWindow.rate(later), 100);
        assertEquals(10_000 * 20.0 / 30.0, longWindow.rate(later), 100);
    }

    @Test
    void firstBytesAreSpreadOverAQuarterWindowNotDividedByZero() {
        RateMeter meter = new RateMeter(WINDOW);
        assertEquals(0.0, meter.rate(0));
        meter.record(0, 5_000);
        // Mainline's fudge: the meter starts as if it had run 5 s of a 20 s window.
        assertEquals(1_000.0, meter.rate(0), 1e-9);
    }

    @Test
    void timeGoingBackwardsIsTreatedAsSimultaneous() {
        RateMeter meter = new RateMeter(WINDOW);
        meter.record(10 * SECOND, 5_000);
        double rate = meter.rate(10 * SECOND);
        assertEquals(rate, meter.rate(9 * SECOND), 1e-9);
    }

    @Test
    void totalCountsEveryByte() {
        RateMeter meter = new RateMeter(WINDOW);
        stream(meter, 0, 10 * SECOND, 10_000);
        meter.record(50 * SECOND, 7);
        assertEquals(100_007, meter.total());
    }

    @Test
    void rejectsNonPositiveWindowAndNegativeBytes() {
        assertThrows(IllegalArgumentException.class, () -> new RateMeter(0));
        assertThrows(IllegalArgumentException.class, () -> new RateMeter(WINDOW).record(0, -1));
    }
}
