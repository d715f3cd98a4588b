package atlas.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

// Guards the n, mean, sd and 95 % interval a sweep reports per point, including the single
// replicate and undefined-metric cases that must not fail a whole sweep.
class GroupSummaryTest {

    /**
     * R's {@code sleep} data, drug 1: mean 0.75, sd 1.789010; {@code t.test(g1)} 95 % CI
     * [-0.5297804, 2.0297804].
     */
    @Test
    void matchesRForSleepData() {
        GroupSummary s = GroupSummary.of(new double[] {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0});
        assertEquals(10, s.n());
        assertEquals(0.75, s.mean(), 1e-12);
        assertEquals(1.789010, s.sd(), 1e-6);
        assertEquals(-0.5297804, s.ciLow(), 1e-7);
        assertEquals(2.0297804, s.ciHigh(), 1e-7);
    }

    @Test
    void undefinedValuesAreNotCounted() {
        GroupSummary s = GroupSummary.of(new double[] {1, Double.NaN, 3});
        assertEquals(2, s.n());
        assertEquals(2, s.mean(), 1e-12);
        assertEquals(Math.sqrt(2), s.sd(), 1e-12);
    }

    @Test
    void aSingleReplicateHasAMeanButNoSpread() {
        GroupSummary one = GroupSummary.of(new double[] {5});
        assertEquals(1, one.n());
        assertEquals(5, one.mean());
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ciLow()) && Double.isNaN(one.ciHigh()));
        GroupSummary none = GroupSummary.of(new double[] {Double.NaN});
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()));
    }
}
