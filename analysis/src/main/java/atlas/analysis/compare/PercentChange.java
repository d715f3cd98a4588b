package atlas.analysis.compare;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The candidate's mean as a percent change from the baseline's, 100 (R - 1) with the paired ratio
 * estimator R = mean(b) / mean(a), and its 95 % interval. For a negative baseline mean the sign is
 * flipped, 100 (mean(b) - mean(a)) / |mean(a)|, so that the change always has the sign of the
 * difference candidate - baseline. Dividing the interval of the difference
 * by mean(a) would treat mean(a) as exact; under common random numbers the difference is precise
 * while mean(a) carries the full seed-to-seed spread, and such intervals covered the truth about
 * half the time. Instead the standard error is the ratio estimator's (W. G. Cochran, Sampling
 * Techniques, 3rd ed., 1977, section 6.4, the linearisation of mean(b) / mean(a) by the delta method):
 * SE(R) = sd(b_i - R a_i) / (sqrt(n) |mean(a)|), with sd the unbiased standard deviation over the
 * n pairs, and the interval is 100 (R - 1 &plusmn; t(0.975, n - 1) SE(R)).
 *
 * <p>The change is undefined (every field NaN) unless the baseline mean is clearly nonzero: its
 * own 95 % Student-t interval, mean(a) &plusmn; t(0.975, n - 1) sd(a) / sqrt(n), must exclude 0.
 * This is Fieller's condition (E. C. Fieller, "Some problems in interval estimation", Journal of
 * the Royal Statistical Society B 16(2):175-185, 1954): when it fails, the exact confidence set of
 * a ratio at that level is unbounded, so no finite percentage interval is honest.
 *
 * @param percent 100 (R - 1), sign-flipped for a negative baseline mean; NaN when undefined
 * @param ciLow lower bound of the 95 % interval, in percent
 * @param ciHigh upper bound
 */
public record PercentChange(double percent, double ciLow, double ciHigh) {

    /** The confidence level of the interval and of the test that the baseline mean is nonzero. */
    public static final double LEVEL = 0.95;

    /** No percent change: the baseline mean is 0 or not clearly nonzero. */
    public static final PercentChange UNDEFINED = new PercentChange(Double.NaN, Double.NaN, Double.NaN);

    /**
     * The percent change of candidate {@code b} from baseline {@code a} over the pairs where both
     * are defined (not NaN).
     *
     * @throws IllegalArgumentException if the arrays differ in length or fewer than two pairs are
     *     defined in both
     */
    public static PercentChange of(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " baseline values but " + b.length + " candidate values");
        }
        int n = 0;
        double sumA = 0;
        double sumB = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                n++;
                sumA += a[i];
                sumB += b[i];
            }
        }
        if (n < 2) {
            throw new IllegalArgumentException("a percent change needs at least two pairs defined in both, got " + n);
        }
        double meanA = sumA / n;
        double ratio = sumB / sumA;
        // Two-pass sums of squares: the residuals b_i - R a_i sum to zero, so no mean is subtracted.
        double squaresA = 0;
        double squaresResidual = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                squaresA += (a[i] - meanA) * (a[i] - meanA);
                double residual = b[i] - ratio * a[i];
                squaresResidual += residual * residual;
            }
        }
        double t = TDistribution.of(n - 1).inverseSurvivalProbability((1 - LEVEL) / 2);
        double baselineHalfWidth = t * Math.sqrt(squaresA / (n - 1) / n);
        if (!(Math.abs(meanA) > baselineHalfWidth)) {
            return UNDEFINED;
        }
        double percent = 100 * (ratio - 1) * Math.signum(meanA);
        double halfWidth = 100 * t * Math.sqrt(squaresResidual / (n - 1) / n) / Math.abs(meanA);
        return new PercentChange(percent, percent - halfWidth, percent + halfWidth);
    }

    /** Whether a percent change exists: the baseline mean is clearly nonzero. */
    public boolean isDefined() {
        return !Double.isNaN(percent);
    }
}
