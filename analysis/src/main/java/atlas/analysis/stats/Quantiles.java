package atlas.analysis.stats;

import org.apache.commons.statistics.descriptive.NaNPolicy;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Sample quantiles by definition 7 of R. J. Hyndman and Y. Fan ("Sample quantiles in statistical
 * packages", The American Statistician 50(4):361-365, 1996), the default of R, NumPy and
 * spreadsheets: with the n values sorted as x[1..n], the p-quantile is linearly interpolated at the
 * position h = (n - 1) p + 1, so p = 0 gives the minimum, p = 1 the maximum and p = 0.5 the usual
 * median. Computed by Commons Statistics; the input array is not reordered. NaN is refused
 * rather than sorted as the largest value (Commons' default), which would shift every quantile
 * above it without a sign.
 */
public final class Quantiles {

    private static final Quantile HF7 = Quantile.withDefaults()
            .with(Quantile.EstimationMethod.HF7)
            .with(NaNPolicy.ERROR)
            .withCopy(true);

    private Quantiles() {
    }

    /**
     * The p-quantile of the values.
     *
     * @throws IllegalArgumentException if there are no values, a value is NaN or p is outside [0, 1]
     */
    public static double of(double[] values, double p) {
        requireValues(values);
        return HF7.evaluate(values, p);
    }

    /**
     * The quantiles for each probability in {@code ps}, in that order, sorting the values once.
     *
     * @throws IllegalArgumentException as {@link #of(double[], double)}
     */
    public static double[] of(double[] values, double... ps) {
        requireValues(values);
        return HF7.evaluate(values, ps);
    }

    private static void requireValues(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
    }
}
