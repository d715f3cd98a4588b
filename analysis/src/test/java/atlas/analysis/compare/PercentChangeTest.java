package atlas.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// Guards the percent change's 95 % interval: it must cover the true change about 95 % of the time
// under common random numbers, where the old interval (the difference's divided by the sample
// baseline mean) covered about half the time; and it must be undefined, not huge, when the
// baseline mean is not clearly nonzero.
class PercentChangeTest {

    private static final int TRIALS = 2000;

    /**
     * Simulated comparisons: baseline a_i ~ N(mean, seedSd) from the seed, candidate b_i = factor
     * a_i + shift + N(0, pairSd), so the true change is 100 ((factor - 1) mean + shift) / |mean|.
     */
    @ParameterizedTest(name = "n={0} mean={1} seed sd={2} x{3} +{4} pair sd={5}")
    @CsvSource({
        "10, 100, 30, 1.0, 20, 2",   // the review's case: additive effect, seeds dominate the spread
        "10, 100, 30, 0.8, 0, 2",    // multiplicative effect
        "10, 100, 10, 1.0, 0, 5",    // no effect
        "5, 50, 10, 1.1, -3, 1",     // few pairs
        "20, -40, 8, 1.0, 4, 3",     // a negative baseline mean: +4 is +10 %
    })
    void coversTheTrueChangeAtTheNominalRate(int n, double mean, double seedSd, double factor, double shift, double pairSd) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(20261129L);
        double truth = 100 * ((factor - 1) * mean + shift) / Math.abs(mean);
        int covered = 0;
        int defined = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = mean + seedSd * gaussian(random);
                b[i] = factor * a[i] + shift + pairSd * gaussian(random);
            }
            PercentChange change = PercentChange.of(a, b);
            if (change.isDefined()) {
                defined++;
                if (change.ciLow() <= truth && truth <= change.ciHigh()) {
                    covered++;
                }
            }
        }
        assertEquals(TRIALS, defined, "every baseline mean here is clearly nonzero");
        double coverage = covered / (double) TRIALS;
        assertTrue(coverage >= 0.93 && coverage <= 0.97, "coverage " + coverage + " of a 95 % interval");
    }

    @Test
    void matchesTheRatioEstimatorByHand() {
        // R = 9.8333 / 11; residuals b_i - R a_i = 0.0606, -0.2273, 0.1667 with sd 0.20384;
        // SE = 0.20384 / (sqrt(3) 11) = 0.010699; t(0.975, 2) = 4.3027 (values from NumPy and SciPy).
        PercentChange change = PercentChange.of(new double[] {10, 12, 11}, new double[] {9, 10.5, 10});
        assertEquals(-10.606060606060597, change.percent(), 1e-9);
        assertEquals(-15.209456591604248, change.ciLow(), 1e-9);
        assertEquals(-6.002664620516944, change.ciHigh(), 1e-9);
        // Below zero the change keeps the sign of the difference: -11 to -9.83 is up by 10.6 % of 11.
        PercentChange negative = PercentChange.of(new double[] {-10, -12, -11}, new double[] {-9, -10.5, -10});
        assertEquals(10.606060606060597, negative.percent(), 1e-9);
        assertEquals(6.002664620516944, negative.ciLow(), 1e-9);
        assertEquals(15.209456591604248, negative.ciHigh(), 1e-9);
    }

    @Test
    void dropsPairsWithAnUndefinedValue() {
        PercentChange change = PercentChange.of(new double[] {10, Double.NaN, 12, 11, 5},
                new double[] {9, 3, 10.5, 10, Double.NaN});
        assertEquals(PercentChange.of(new double[] {10, 12, 11}, new double[] {9, 10.5, 10}), change);
    }

    @Test
    void isUndefinedWhenTheBaselineMeanIsNotClearlyNonzero() {
        assertSame(PercentChange.UNDEFINED, PercentChange.of(new double[] {0, 0, 0}, new double[] {1, 2, 3}));
        // Mean 0.1667, 95 % interval [-2.3, 2.6]: the ratio could be anything.
        assertSame(PercentChange.UNDEFINED, PercentChange.of(new double[] {-1, 1, 0.5}, new double[] {0, 2, 1.5}));
        assertFalse(PercentChange.UNDEFINED.isDefined());
        // A constant nonzero baseline is exactly known: defined, and exact when the candidate is a constant multiple.
        PercentChange exact = PercentChange.of(new double[] {2, 2, 2}, new double[] {3, 3, 3});
        assertEquals(new PercentChange(50, 50, 50), exact);
    }

    @Test
    void needsTwoPairs() {
        assertThrows(IllegalArgumentException.class, () -> PercentChange.of(new double[] {1, Double.NaN}, new double[] {2, 3}));
        assertThrows(IllegalArgumentException.class, () -> PercentChange.of(new double[] {1, 2}, new double[] {2}));
    }

    /** A standard normal variate by the Box-Muller transform (Box and Muller, Ann. Math. Statist. 29(2), 1958). */
    static double gaussian(UniformRandomProvider random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
