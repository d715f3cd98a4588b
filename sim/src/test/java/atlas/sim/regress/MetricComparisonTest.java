package atlas.sim.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A metric is compared pair by pair on the baseline's seeds and as independent samples on fresh
 * seeds; identical runs are "identical" with p = 1, and degenerate samples give a decided p-value
 * rather than NaN.
 */
class MetricComparisonTest {

    private static final String M = "download_time_s.mean";

    static List<RunOutcome> runs(long firstSeed, double... values) {
        List<RunOutcome> runs = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            runs.add(new RunOutcome(firstSeed + i, "digest", 1, Map.of(M, values[i])));
        }
        return runs;
    }

    @Test
    void identicalRunsOnTheBaselineSeedsAreIdentical() {
        MetricComparison c = MetricComparison.of(M, runs(1, 10, 12, 11), runs(1, 10, 12, 11));
        assertTrue(c.paired());
        assertTrue(c.identical());
        assertEquals(1.0, c.p());
        assertEquals(0.0, c.relativeChange());
    }

    @Test
    void pairsBySeedWhateverTheOrder() {
        List<RunOutcome> now = new ArrayList<>(runs(1, 10, 12, 11));
        now.add(0, now.remove(2));
        MetricComparison c = MetricComparison.of(M, runs(1, 10, 12, 11), now);
        assertTrue(c.identical());
    }

    @Test
    void aSmallShiftOnEverySeedIsSignificantWhenPaired() {
        // The seeds differ a lot from one another but every run moved by +1: common random numbers.
        MetricComparison c = MetricComparison.of(M, runs(1, 10, 20, 30, 40, 50), runs(1, 11, 21.1, 31, 40.9, 51));
        assertTrue(c.paired());
        assertTrue(c.p() < 1e-4, "p = " + c.p());
        assertEquals(1.0 / 30, c.relativeChange(), 1e-9);
    }

    @Test
    void freshSeedsUseIndependentSamples() {
        MetricComparison c = MetricComparison.of(M, runs(1, 10, 20, 30, 40, 50), runs(100, 11, 21, 31, 41, 51));
        assertFalse(c.paired());
        assertFalse(c.identical());
        assertTrue(c.p() > 0.5, "the same spread shifted by a tenth of it is no evidence: p = " + c.p());
    }

    @Test
    void constantSamplesAreEqualOrCertainlyDifferent() {
        assertEquals(1.0, MetricComparison.of(M, runs(1, 5, 5, 5), runs(100, 5, 5, 5)).p());
        assertEquals(0.0, MetricComparison.of(M, runs(1, 5, 5, 5), runs(100, 6, 6, 6)).p());
    }

    @Test
    void pairedMeansAreOverThePairsTested() {
        // Seed 3 defines the metric only now: it is left out of both means, as out of the test.
        MetricComparison c = MetricComparison.of(M, runs(1, 10, 20, Double.NaN), runs(1, 11, 21, 90));
        assertEquals(15.0, c.baselineMean());
        assertEquals(16.0, c.nowMean());
        assertEquals(1.0 / 15, c.relativeChange(), 1e-12);
    }

    @Test
    void tooFewDefinedValuesAreNotTested() {
        MetricComparison c = MetricComparison.of(M, runs(1, 5, Double.NaN, Double.NaN), runs(1, 5, 6, 7));
        assertTrue(Double.isNaN(c.p()));
        assertEquals(5.0, c.baselineMean());
    }
}
