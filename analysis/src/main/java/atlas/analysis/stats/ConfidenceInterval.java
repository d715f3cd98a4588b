package atlas.analysis.stats;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A two-sided confidence interval for the mean of independent, roughly normal observations
 * (replicates of a run with different seeds, say), from Student's t distribution with n - 1
 * degrees of freedom ("Student", "The probable error of a mean", Biometrika 6(1):1-25, 1908):
 * mean &plusmn; t(1 - (1 - level) / 2, n - 1) s / sqrt(n), with s the unbiased sample standard
 * deviation.
 *
 * @param mean the sample mean
 * @param lower the lower bound
 * @param upper the upper bound
 * @param level the confidence level, 0.95 for a 95 % interval
 * @param n the number of observations
 */
public record ConfidenceInterval(double mean, double lower, double upper, double level, int n) {

    /**
     * The Student-t interval of the mean of {@code values} at the given level.
     *
     * @throws IllegalArgumentException if there are fewer than two values, or the level is not
     *     strictly between 0 and 1
     */
    public static ConfidenceInterval ofMean(double[] values, double level) {
        if (values.length < 2) {
            throw new IllegalArgumentException("a confidence interval needs at least two values, got " + values.length);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level " + level + " must be in (0, 1)");
        }
        int n = values.length;
        double mean = Mean.of(values).getAsDouble();
        double standardError = Math.sqrt(Variance.of(values).getAsDouble() / n);
        double t = TDistribution.of(n - 1).inverseSurvivalProbability((1 - level) / 2);
        double halfWidth = t * standardError;
        return new ConfidenceInterval(mean, mean - halfWidth, mean + halfWidth, level, n);
    }
}
