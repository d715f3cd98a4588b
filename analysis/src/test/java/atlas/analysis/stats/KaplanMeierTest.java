package atlas.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The product-limit estimate matches published values, handles ties and censoring by the 1958 convention, and says "unknown" rather than guessing beyond the data. */
class KaplanMeierTest {

    private static final double EPS = 1e-12;

    /**
     * Remission times in weeks of the 6-MP group of Freireich et al. (1963), the example of
     * Gehan (1965) and most survival textbooks; censored times marked by a flag.
     */
    private static final double[] SIX_MP = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
    private static final boolean[] SIX_MP_CENSORED = {false, false, false, true, false, true, false, true, true, false,
        false, true, true, true, false, false, true, true, true, true, true};

    @Test
    void sixMpTextbookEstimates() {
        KaplanMeier km = KaplanMeier.fit(SIX_MP, SIX_MP_CENSORED);
        // Each factor is (1 - d/n) with the number at risk counted by hand.
        double s6 = 18.0 / 21;
        double s7 = s6 * 16 / 17;
        double s10 = s7 * 14 / 15;
        double s13 = s10 * 11 / 12;
        double s16 = s13 * 10 / 11;
        double s22 = s16 * 6 / 7;
        double s23 = s22 * 5 / 6;
        assertEquals(1, km.survival(0), EPS);
        assertEquals(1, km.survival(5.99), EPS);
        assertEquals(s6, km.survival(6), EPS);
        assertEquals(s7, km.survival(9), EPS);
        assertEquals(s10, km.survival(10), EPS);
        assertEquals(s13, km.survival(15), EPS);
        assertEquals(s16, km.survival(16), EPS);
        assertEquals(s22, km.survival(22.5), EPS);
        assertEquals(s23, km.survival(35), EPS);
        assertEquals(0.448179, km.survival(23), 1e-6); // as printed by the textbooks
        assertEquals(35, km.longestObservation());
    }

    @Test
    void sixMpRestrictedMean() {
        KaplanMeier km = KaplanMeier.fit(SIX_MP, SIX_MP_CENSORED);
        // Area under the step curve up to 35 weeks, interval by interval: 13856/595 (R gives 23.287).
        assertEquals(13856.0 / 595, km.restrictedMean(35), EPS);
        assertEquals(6 + 18.0 / 21, km.restrictedMean(7), EPS);
        assertEquals(3, km.restrictedMean(3), EPS);
        // Beyond the last (censored) observation the curve is unknown, and so is the area.
        assertTrue(Double.isNaN(km.restrictedMean(35.5)));
        assertTrue(Double.isNaN(km.restrictedMean(1000)));
        assertTrue(Double.isNaN(km.mean()));
    }

    /**
     * The same three durations, 2, 4 and 6, once watched to the end and once cut off at 5: up to
     * 5 the two samples say the same (area 2 + 2 * 2/3 + 1 * 1/3 = 11/3); beyond 5 the cut one
     * knows nothing, where it used to report 11/3 as the area up to 6 or to any later horizon.
     */
    @Test
    void restrictedMeanDoesNotDependOnTheObservationWindow() {
        KaplanMeier whole = KaplanMeier.fit(new double[] {2, 4, 6}, new boolean[3]);
        KaplanMeier cut = KaplanMeier.fit(new double[] {2, 4, 5}, new boolean[] {false, false, true});
        assertEquals(11.0 / 3, whole.restrictedMean(5), EPS);
        assertEquals(11.0 / 3, cut.restrictedMean(5), EPS);
        assertEquals(4, whole.restrictedMean(6), EPS);
        assertTrue(Double.isNaN(cut.restrictedMean(6)));
        assertEquals(4, whole.mean(), EPS);
        assertTrue(Double.isNaN(cut.mean()));
    }

    @Test
    void undefinedBeyondACensoredLastObservation() {
        KaplanMeier km = KaplanMeier.fit(SIX_MP, SIX_MP_CENSORED);
        assertTrue(Double.isNaN(km.survival(35.5)));
    }

    @Test
    void zeroBeyondTheLastEventWhenEveryoneHadIt() {
        KaplanMeier km = KaplanMeier.fit(new double[] {1, 2, 3}, new boolean[] {false, true, false});
        // At 3 the one unit at risk has the event, so the curve reaches 0 and stays there.
        assertEquals(0, km.survival(3), EPS);
        assertEquals(0, km.survival(100), EPS);
        assertEquals(2.0 / 3, km.survival(1), EPS);
        assertEquals(1 + 2.0 / 3 * 2, km.restrictedMean(100), EPS);
        assertEquals(1 + 2.0 / 3, km.restrictedMean(2), EPS);
        // The whole area is known: the censored unit's share moved to the unit that outlasted it.
        assertEquals(1 + 2.0 / 3 * 2, km.mean(), EPS);
    }

    @Test
    void censoringAtAnEventTimeStaysAtRiskForThatEvent() {
        // Two units: one leaves at 5, one is censored at 5. Both were at risk at 5, so S(5) = 1/2.
        KaplanMeier km = KaplanMeier.fit(new double[] {5, 5}, new boolean[] {true, false});
        assertEquals(0.5, km.survival(5), EPS);
        assertTrue(Double.isNaN(km.survival(6)));
        // The curve stops at 1/2, not 0: the censored unit's future is unknown.
        assertEquals(5, km.restrictedMean(5), EPS);
        assertTrue(Double.isNaN(km.restrictedMean(6)));
        assertTrue(Double.isNaN(km.mean()));
    }

    @Test
    void allCensoredStaysAtOneWithinTheObservations() {
        KaplanMeier km = KaplanMeier.fit(new double[] {4, 8}, new boolean[] {true, true});
        assertEquals(1, km.survival(8), EPS);
        assertEquals(8, km.restrictedMean(8), EPS);
        assertEquals(3, km.restrictedMean(3), EPS);
        assertTrue(Double.isNaN(km.restrictedMean(10)));
        assertTrue(Double.isNaN(km.mean()));
    }

    @Test
    void eventsAtZeroCountImmediately() {
        KaplanMeier km = KaplanMeier.fit(new double[] {0, 0, 10, 10}, new boolean[] {false, false, false, true});
        assertEquals(0.5, km.survival(0), EPS);
        assertEquals(0.25, km.survival(10), EPS);
        assertEquals(5, km.restrictedMean(10), EPS);
        assertTrue(Double.isNaN(km.mean()));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.fit(new double[0], new boolean[0]));
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.fit(new double[] {1}, new boolean[2]));
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.fit(new double[] {-1}, new boolean[1]));
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.fit(new double[] {Double.NaN}, new boolean[1]));
        assertThrows(IllegalArgumentException.class,
                () -> KaplanMeier.fit(new double[] {Double.POSITIVE_INFINITY}, new boolean[1]));
        assertThrows(IllegalArgumentException.class,
                () -> KaplanMeier.fit(new double[] {1}, new boolean[1]).restrictedMean(-1));
    }

    /** Without censoring the estimate is the empirical survival function and its full area the sample mean. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void uncensoredIsEmpirical(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int n = 1 + rng.nextInt(60);
        double[] durations = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            // Few distinct values, so that ties are common.
            durations[i] = rng.nextInt(12);
            sum += durations[i];
        }
        KaplanMeier km = KaplanMeier.fit(durations, new boolean[n]);
        for (double t = 0; t <= 12; t += 0.5) {
            int longer = 0;
            for (double d : durations) {
                if (d > t) {
                    longer++;
                }
            }
            assertEquals((double) longer / n, km.survival(t), EPS, "S(" + t + ")");
        }
        assertEquals(sum / n, km.restrictedMean(100), 1e-9);
        assertEquals(sum / n, km.mean(), 1e-9);
    }

    /**
     * Stopping observation at c (every unit still there censored at c) leaves the restricted mean
     * to any horizon up to c as it was, and leaves it undefined beyond c unless every unit had
     * its event by then: the estimate cannot depend on when the observer stopped looking.
     */
    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void stoppingObservationEarlierChangesNothingItSaw(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int n = 1 + rng.nextInt(40);
        double cutoff = 1 + rng.nextInt(18);
        double[] durations = new double[n];
        double[] seen = new double[n];
        boolean[] stillThere = new boolean[n];
        boolean anyLonger = false;
        for (int i = 0; i < n; i++) {
            durations[i] = rng.nextInt(20);
            stillThere[i] = durations[i] > cutoff;
            seen[i] = Math.min(durations[i], cutoff);
            anyLonger |= stillThere[i];
        }
        KaplanMeier whole = KaplanMeier.fit(durations, new boolean[n]);
        KaplanMeier cut = KaplanMeier.fit(seen, stillThere);
        for (double h = 0; h <= 25; h += 0.5) {
            if (h <= cutoff || !anyLonger) {
                assertEquals(whole.restrictedMean(h), cut.restrictedMean(h), 1e-9, "horizon " + h);
            } else {
                assertTrue(Double.isNaN(cut.restrictedMean(h)), "horizon " + h);
            }
        }
        assertEquals(anyLonger, Double.isNaN(cut.mean()));
    }

    /** Censoring a unit can only raise the estimate at later times, never lower it. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void censoringNeverLowersSurvival(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int n = 2 + rng.nextInt(40);
        double[] durations = new double[n];
        boolean[] censored = new boolean[n];
        for (int i = 0; i < n; i++) {
            durations[i] = rng.nextInt(20);
            censored[i] = rng.nextBoolean();
        }
        KaplanMeier before = KaplanMeier.fit(durations, censored);
        int flipped = rng.nextInt(n);
        boolean[] more = censored.clone();
        more[flipped] = true;
        KaplanMeier after = KaplanMeier.fit(durations, more);
        for (double t = 0; t <= before.longestObservation(); t += 0.5) {
            assertTrue(after.survival(t) >= before.survival(t) - EPS, "S(" + t + ")");
            assertTrue(t == 0 || before.survival(t) <= before.survival(t - 0.5) + EPS, "non-increasing at " + t);
        }
    }
}
