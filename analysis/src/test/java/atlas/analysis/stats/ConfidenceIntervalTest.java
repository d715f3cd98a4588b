package atlas.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The interval of a mean uses Student's t with n - 1 degrees of freedom and the unbiased standard deviation. */
class ConfidenceIntervalTest {

    @Test
    void studentTInterval() {
        // Mean 3, s^2 = 2.5, standard error sqrt(0.5); t(0.975, 4) = 2.776445105 (statistical tables).
        ConfidenceInterval ci = ConfidenceInterval.ofMean(new double[] {1, 2, 3, 4, 5}, 0.95);
        double half = 2.776445105 * Math.sqrt(0.5);
        assertEquals(3, ci.mean(), 1e-12);
        assertEquals(3 - half, ci.lower(), 1e-8);
        assertEquals(3 + half, ci.upper(), 1e-8);
        assertEquals(5, ci.n());
        assertEquals(0.95, ci.level());
    }

    @Test
    void twoValuesUseTwelvePointSeven() {
        // t(0.975, 1) = 12.706204736; s = sqrt(2), standard error 1.
        ConfidenceInterval ci = ConfidenceInterval.ofMean(new double[] {10, 12}, 0.95);
        assertEquals(11 - 12.706204736, ci.lower(), 1e-8);
        assertEquals(11 + 12.706204736, ci.upper(), 1e-8);
    }

    @Test
    void identicalValuesGiveAPoint() {
        ConfidenceInterval ci = ConfidenceInterval.ofMean(new double[] {4, 4, 4}, 0.99);
        assertEquals(4, ci.lower());
        assertEquals(4, ci.upper());
    }

    @Test
    void rejectsTooFewValuesAndBadLevels() {
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.ofMean(new double[] {1}, 0.95));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.ofMean(new double[] {1, 2}, 1));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.ofMean(new double[] {1, 2}, 0));
    }
}
