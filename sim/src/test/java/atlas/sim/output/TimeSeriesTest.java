package atlas.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The time series keeps every sample in order as it grows, and refuses samples that go back in time or reads past its end. */
class TimeSeriesTest {

    @Test
    void keepsEverySampleThroughGrowth() {
        TimeSeries ts = new TimeSeries();
        for (int i = 0; i < 1000; i++) {
            ts.add(i * 10L, i, 2 * i, i / 4.0, i % 7);
        }
        assertEquals(1000, ts.size());
        for (int i = 0; i < 1000; i++) {
            assertEquals(i * 10L, ts.timeMicros(i));
            assertEquals(i, ts.leechers(i));
            assertEquals(2 * i, ts.seeds(i));
            assertEquals(i / 4.0, ts.downloadRate(i));
            assertEquals(i % 7, ts.minAvailability(i));
        }
    }

    @Test
    void equalTimesAreAllowedEarlierOnesAreNot() {
        TimeSeries ts = new TimeSeries();
        ts.add(5, 0, 0, 0, 0);
        ts.add(5, 1, 0, 0, 0);
        assertThrows(IllegalArgumentException.class, () -> ts.add(4, 0, 0, 0, 0));
        assertEquals(2, ts.size());
    }

    @Test
    void readsOnlyAddedSamples() {
        TimeSeries ts = new TimeSeries();
        ts.add(1, 1, 1, 1, 1);
        assertThrows(IndexOutOfBoundsException.class, () -> ts.leechers(1));
        assertThrows(IndexOutOfBoundsException.class, () -> ts.timeMicros(-1));
    }
}
