package atlas.analysis.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of p-values (S. Holm, "A simple sequentially rejective multiple
 * test procedure", Scandinavian Journal of Statistics 6(2):65-70, 1979): sorted ascending,
 * p_(i) becomes max over j <= i of min(1, (m - j + 1) p_(j)). Rejecting where the adjusted value
 * is at most alpha keeps the family-wise error rate, the chance of any false alarm among the m
 * tests, at most alpha whatever their dependence, and rejects at least what Bonferroni does.
 */
public final class Holm {

    private Holm() {
    }

    /** The adjusted p-values, in the order of {@code p}; NaN entries are not tests and stay NaN. */
    public static double[] adjust(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                order[m++] = i;
            }
        }
        Integer[] tests = Arrays.copyOf(order, m);
        Arrays.sort(tests, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            running = Math.max(running, Math.min(1.0, (m - rank) * p[tests[rank]]));
            adjusted[tests[rank]] = running;
        }
        return adjusted;
    }
}
