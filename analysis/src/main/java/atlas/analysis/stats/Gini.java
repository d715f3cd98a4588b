package atlas.analysis.stats;

import java.util.Arrays;

/**
 * The Gini coefficient of inequality of non-negative amounts (C. Gini, "Variabilità e
 * mutabilità", 1912): the mean absolute difference between all pairs, divided by twice the mean,
 * G = sum_i sum_j |x_i - x_j| / (2 n^2 mean). 0 when everyone holds the same amount, (n - 1) / n
 * when one holds everything. This is the population form, without the n / (n - 1) small-sample
 * correction, so it describes the simulated peers themselves. Computed in O(n log n) from the
 * sorted amounts x_(1) &le; ... &le; x_(n) as G = 2 sum_i i x_(i) / (n sum_i x_i) - (n + 1) / n.
 */
public final class Gini {

    private Gini() {
    }

    /**
     * The Gini coefficient; 0 when all amounts are zero, which is perfect equality.
     *
     * @throws IllegalArgumentException if there are no values, or one is negative or not finite
     */
    public static double of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (!(sorted[i] >= 0) || sorted[i] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("amount " + sorted[i] + " is not finite and non-negative");
            }
            total += sorted[i];
            weighted += (i + 1) * sorted[i];
        }
        if (total == 0) {
            return 0;
        }
        int n = sorted.length;
        return 2 * weighted / (n * total) - (n + 1.0) / n;
    }
}
