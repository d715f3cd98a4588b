package atlas.analysis.stats;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * The summary of one group of replicates that a sweep's {@code points.csv} reports: n, mean,
 * sample standard deviation and the 95 % Student-t interval of the mean ({@link
 * ConfidenceInterval#ofMean}). NaN values (a metric a replicate did not define) are left out
 * before counting. With fewer than two values the standard deviation and the interval are NaN
 * rather than an error, since a sweep may run a single replicate.
 *
 * @param n the number of defined values
 * @param mean their mean, NaN if there are none
 * @param sd their sample standard deviation (divisor n - 1)
 * @param ciLow the lower bound of the 95 % confidence interval of the mean
 * @param ciHigh the upper bound
 */
public record GroupSummary(int n, double mean, double sd, double ciLow, double ciHigh) {

    /** The confidence level of the interval. */
    public static final double LEVEL = 0.95;

    /** Summarises the values, skipping NaN. */
    public static GroupSummary of(double[] values) {
        double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        int n = defined.length;
        if (n < 2) {
            return new GroupSummary(n, n == 0 ? Double.NaN : defined[0], Double.NaN, Double.NaN, Double.NaN);
        }
        ConfidenceInterval ci = ConfidenceInterval.ofMean(defined, LEVEL);
        return new GroupSummary(n, Mean.of(defined).getAsDouble(), StandardDeviation.of(defined).getAsDouble(),
                ci.lower(), ci.upper());
    }
}
