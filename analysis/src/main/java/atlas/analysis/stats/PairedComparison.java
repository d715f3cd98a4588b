package atlas.analysis.stats;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.apache.commons.statistics.inference.TTest;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * Two policies measured on the same seeds (common random numbers), compared pair by pair. The
 * difference is candidate minus baseline, d_i = b_i - a_i, so a positive difference means the
 * candidate's value is larger.
 *
 * <ul>
 *   <li>The interval is the 95 % Student-t interval of the mean difference ({@link
 *       ConfidenceInterval#ofMean} of the d_i).
 *   <li>The paired t test (Student 1908) tests mean difference 0, two-sided; it assumes roughly
 *       normal differences, which replicate means usually are.
 *   <li>The Wilcoxon signed-rank test (F. Wilcoxon, "Individual comparisons by ranking methods",
 *       Biometrics Bulletin 1(6):80-83, 1945) tests a difference distribution symmetric about 0
 *       without assuming normality: two-sided, zero differences dropped (Wilcoxon's method), exact
 *       p-value for fewer than 50 pairs without ties, otherwise the normal approximation with a
 *       continuity correction, as R's {@code wilcox.test} does by default.
 *   <li>The effect size is Cohen's d_z = mean(d) / sd(d) (J. Cohen, Statistical Power Analysis
 *       for the Behavioral Sciences, 2nd ed., 1988, section 2.3.5; D. Lakens, "Calculating and
 *       reporting effect sizes", Frontiers in Psychology 4:863, 2013, eq. 6): the mean difference
 *       in units of its own spread. It grows with the correlation that common random numbers
 *       create, so it says how reliably the candidate differs, not how far apart the two
 *       populations lie; around 0.2 is small, 0.5 medium and 0.8 large by Cohen's convention.
 * </ul>
 *
 * <p>Pairs where either value is NaN (a metric one of the runs did not define) are dropped. When
 * every difference is zero the policies are indistinguishable on these seeds: the interval is
 * [0, 0], both p-values 1 and d_z 0, where the formulas would give 0 / 0. When every difference is
 * the same non-zero value the interval has zero width, the t test's p-value is 0 and d_z is
 * infinite: the candidate differs by exactly that much on every seed.
 *
 * @param n the number of pairs used
 * @param meanA the baseline's mean over those pairs
 * @param meanB the candidate's mean
 * @param meanDifference mean of b - a
 * @param ciLow lower bound of the 95 % interval of the mean difference
 * @param ciHigh upper bound
 * @param tTestP two-sided p-value of the paired t test
 * @param wilcoxonP two-sided p-value of the Wilcoxon signed-rank test
 * @param cohenDz the effect size d_z
 */
public record PairedComparison(int n, double meanA, double meanB, double meanDifference, double ciLow, double ciHigh,
        double tTestP, double wilcoxonP, double cohenDz) {

    /** The confidence level of the interval. */
    public static final double LEVEL = 0.95;

    /**
     * Compares candidate {@code b} with baseline {@code a}, pair i being the runs on the i-th seed.
     *
     * @throws IllegalArgumentException if the arrays differ in length or fewer than two pairs are
     *     defined in both
     */
    public static PairedComparison of(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " baseline values but " + b.length + " candidate values");
        }
        int n = 0;
        double[] x = new double[a.length];
        double[] y = new double[b.length];
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                x[n] = a[i];
                y[n] = b[i];
                n++;
            }
        }
        if (n < 2) {
            throw new IllegalArgumentException("a paired comparison needs at least two pairs defined in both, got " + n);
        }
        x = Arrays.copyOf(x, n);
        y = Arrays.copyOf(y, n);
        double[] d = new double[n];
        boolean allZero = true;
        for (int i = 0; i < n; i++) {
            d[i] = y[i] - x[i];
            allZero &= d[i] == 0;
        }
        double meanA = Mean.of(x).getAsDouble();
        double meanB = Mean.of(y).getAsDouble();
        if (allZero) {
            return new PairedComparison(n, meanA, meanB, 0, 0, 0, 1, 1, 0);
        }
        ConfidenceInterval ci = ConfidenceInterval.ofMean(d, LEVEL);
        double sd = StandardDeviation.of(d).getAsDouble();
        double tP = TTest.withDefaults().test(d).getPValue();
        // Commons ranks zero differences (Pratt's method); Wilcoxon's own method, R's default, drops them.
        double[] nonZero = Arrays.stream(d).filter(v -> v != 0).toArray();
        double wP = WilcoxonSignedRankTest.withDefaults().test(nonZero).getPValue();
        return new PairedComparison(n, meanA, meanB, ci.mean(), ci.lower(), ci.upper(), tP, wP, ci.mean() / sd);
    }
}
