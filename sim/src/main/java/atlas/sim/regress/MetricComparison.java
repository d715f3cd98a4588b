package atlas.sim.regress;

import atlas.analysis.stats.PairedComparison;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * One metric of one scenario, baseline against now: both means over the runs, the relative
 * change of the mean, and the two-sided p-value of "the mean did not move".
 *
 * <p>When the runs are on the baseline's own seeds, run i now and run i of the baseline saw the
 * same arrivals and capacities (common random numbers), so the test is the paired t test on the
 * per-seed differences ({@link PairedComparison}), which removes the seed-to-seed spread and
 * detects small changes; identical values give p = 1. On fresh seeds the samples are independent
 * and the test is Welch's unequal-variance t test (B. L. Welch, "The generalization of 'Student's'
 * problem when several different population variances are involved", Biometrika 34:28-35, 1947).
 * Both t tests rather than rank tests: with R = 10 pairs the Wilcoxon signed-rank test cannot go
 * below p = 0.002, too coarse to survive a correction over dozens of metrics, while replicate
 * means and quantiles of a hundred peers are close enough to normal for a t test.
 *
 * @param baselineMean mean over the baseline runs defining the metric; when paired, over the pairs
 *     in which both runs define it (those the test uses)
 * @param nowMean mean over the runs now defining it, likewise
 * @param relativeChange (now - baseline) / |baseline|; 0 when both are 0, infinite when only the baseline is 0
 * @param p the two-sided p-value, NaN when either side has fewer than two defined values (not tested)
 * @param paired whether the paired test was used: every run now is on a seed the baseline ran
 * @param identical whether paired and every run gave its baseline run's value exactly
 */
public record MetricComparison(double baselineMean, double nowMean, double relativeChange, double p, boolean paired,
        boolean identical) {

    private static final TTest WELCH = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC);

    /**
     * Compares {@code metric} over the baseline's runs and the runs now; if every run now is on a
     * seed of the baseline, each is paired with the baseline's run on that seed.
     */
    static MetricComparison of(String metric, List<RunOutcome> baseline, List<RunOutcome> now) {
        List<RunOutcome> partners = partners(baseline, now);
        boolean paired = partners != null;
        double[] a = values(metric, paired ? partners : baseline);
        double[] b = values(metric, now);
        if (paired) {
            return pairedComparison(a, b);
        }
        double[] x = defined(a);
        double[] y = defined(b);
        double meanA = mean(x);
        double meanB = mean(y);
        double p = x.length < 2 || y.length < 2 ? Double.NaN : welchP(x, y, meanA, meanB);
        return new MetricComparison(meanA, meanB, relative(meanA, meanB), p, false, false);
    }

    /**
     * Means and test over the pairs in which both runs define the metric, so that the change
     * shown is the one tested; with fewer than two such pairs, means over what each side defines
     * and no test.
     */
    private static MetricComparison pairedComparison(double[] a, double[] b) {
        boolean identical = Arrays.equals(a, b);
        try {
            PairedComparison pairs = PairedComparison.of(a, b);
            return new MetricComparison(pairs.meanA(), pairs.meanB(), relative(pairs.meanA(), pairs.meanB()),
                    pairs.tTestP(), true, identical);
        } catch (IllegalArgumentException fewerThanTwoPairs) {
            double meanA = mean(defined(a));
            double meanB = mean(defined(b));
            return new MetricComparison(meanA, meanB, relative(meanA, meanB), Double.NaN, true, identical);
        }
    }

    /** The baseline's run on the seed of each run now, or null if some seed is not the baseline's. */
    private static List<RunOutcome> partners(List<RunOutcome> baseline, List<RunOutcome> now) {
        Map<Long, RunOutcome> bySeed = new HashMap<>();
        baseline.forEach(run -> bySeed.put(run.seed(), run));
        List<RunOutcome> partners = new ArrayList<>();
        for (RunOutcome run : now) {
            RunOutcome partner = bySeed.get(run.seed());
            if (partner == null) {
                return null;
            }
            partners.add(partner);
        }
        return partners;
    }

    /** Welch's p; with no spread on either side the samples are equal (1) or certainly different (0). */
    private static double welchP(double[] x, double[] y, double meanX, double meanY) {
        if (constant(x) && constant(y)) {
            return meanX == meanY ? 1.0 : 0.0;
        }
        return WELCH.test(x, y).getPValue();
    }

    private static double relative(double baseline, double now) {
        if (baseline == now) {
            return 0.0;
        }
        return (now - baseline) / Math.abs(baseline);
    }

    private static double[] values(String metric, List<RunOutcome> runs) {
        return runs.stream().mapToDouble(run -> run.metric(metric)).toArray();
    }

    private static double[] defined(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).average().orElseThrow();
    }

    private static boolean constant(double[] values) {
        return Arrays.stream(values).allMatch(v -> v == values[0]);
    }
}
