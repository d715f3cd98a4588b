package atlas.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

// Guards that a policy comparison reports the same interval, p-values and effect size as R for
// textbook data, so a "significant" difference in a report means what a statistician expects.
class PairedComparisonTest {

    /**
     * Student's sleep data (Cushny and Peebles 1905, R's {@code sleep}): extra hours of sleep
     * under two drugs in the same ten patients. R 4: {@code t.test(g2, g1, paired = TRUE)} gives
     * t = 4.0621, df = 9, p = 0.002833, mean difference 1.58, 95 % CI [0.7001142, 2.4598858];
     * {@code wilcox.test(g2, g1, paired = TRUE)} gives V = 45, p = 0.009091 (normal approximation
     * with continuity correction, because of ties and a zero); sd of the differences 1.229995.
     */
    private static final double[] SLEEP_DRUG_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    private static final double[] SLEEP_DRUG_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    @Test
    void matchesRForStudentsSleepData() {
        PairedComparison c = PairedComparison.of(SLEEP_DRUG_1, SLEEP_DRUG_2);
        assertEquals(10, c.n());
        assertEquals(0.75, c.meanA(), 1e-12);
        assertEquals(2.33, c.meanB(), 1e-12);
        assertEquals(1.58, c.meanDifference(), 1e-12);
        assertEquals(0.7001142, c.ciLow(), 1e-6);
        assertEquals(2.4598858, c.ciHigh(), 1e-6);
        assertEquals(0.002833, c.tTestP(), 1e-6);
        assertEquals(0.009091, c.wilcoxonP(), 1e-6);
        assertEquals(1.58 / 1.229995, c.cohenDz(), 1e-6);
    }

    /**
     * Hollander and Wolfe (1973), p. 29, the example of R's {@code ?wilcox.test}: Hamilton
     * depression scale before (x) and after (y) a tranquilliser, nine patients. R: paired
     * {@code wilcox.test(x, y)} two-sided p = 0.03906 (exact; V = 40); {@code t.test(x, y,
     * paired = TRUE)} p = 0.01618, mean difference 0.4318889, CI [0.1037787, 0.7599991].
     */
    @Test
    void matchesRForHollanderWolfeExactWilcoxon() {
        double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
        double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
        // Baseline y, candidate x, so the difference is x - y as in R.
        PairedComparison c = PairedComparison.of(y, x);
        assertEquals(0.4318889, c.meanDifference(), 1e-7);
        assertEquals(0.1037787, c.ciLow(), 1e-7);
        assertEquals(0.7599991, c.ciHigh(), 1e-7);
        assertEquals(0.01618, c.tTestP(), 1e-5);
        assertEquals(5.0 / 128, c.wilcoxonP(), 1e-12);
    }

    @Test
    void swappingThePoliciesNegatesTheDifferenceAndKeepsThePValues() {
        PairedComparison ab = PairedComparison.of(SLEEP_DRUG_1, SLEEP_DRUG_2);
        PairedComparison ba = PairedComparison.of(SLEEP_DRUG_2, SLEEP_DRUG_1);
        assertEquals(-ab.meanDifference(), ba.meanDifference(), 1e-12);
        assertEquals(-ab.ciHigh(), ba.ciLow(), 1e-12);
        assertEquals(-ab.cohenDz(), ba.cohenDz(), 1e-12);
        assertEquals(ab.tTestP(), ba.tTestP(), 1e-12);
        assertEquals(ab.wilcoxonP(), ba.wilcoxonP(), 1e-12);
    }

    @Test
    void pairsWithAnUndefinedValueAreDropped() {
        double[] a = {1, 2, Double.NaN, 4, 5};
        double[] b = {2, 4, 7, Double.NaN, 6};
        PairedComparison c = PairedComparison.of(a, b);
        assertEquals(3, c.n());
        assertEquals(8.0 / 3, c.meanA(), 1e-12);
        assertEquals(4.0, c.meanB(), 1e-12);
    }

    @Test
    void identicalPoliciesAreReportedAsNoDifference() {
        double[] a = {3, 1, 4, 1, 5};
        PairedComparison c = PairedComparison.of(a, a.clone());
        assertEquals(0, c.meanDifference());
        assertEquals(0, c.ciLow());
        assertEquals(0, c.ciHigh());
        assertEquals(1, c.tTestP());
        assertEquals(1, c.wilcoxonP());
        assertEquals(0, c.cohenDz());
    }

    @Test
    void rejectsMismatchedOrTooFewPairs() {
        assertThrows(IllegalArgumentException.class, () -> PairedComparison.of(new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> PairedComparison.of(new double[] {1, Double.NaN}, new double[] {1, 2}));
    }
}
