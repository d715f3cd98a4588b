package atlas.analysis.compare;

import atlas.analysis.results.RunSummary;
import atlas.analysis.stats.PairedComparison;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A candidate policy against a baseline, metric by metric, over runs paired by seed: the i-th
 * baseline run and the i-th candidate run must share a seed, which is what makes the comparison
 * one of common random numbers. Metrics are those of the baseline's runs and then any only the
 * candidate has, in first-seen order; a metric defined in fewer than two pairs is left out, since
 * no interval can be formed from it.
 *
 * @param baseline the baseline policy's name
 * @param candidate the candidate policy's name
 * @param metrics the per-metric statistics, difference = candidate - baseline
 */
public record Comparison(String baseline, String candidate, List<Metric> metrics) {

    public Comparison {
        metrics = List.copyOf(metrics);
    }

    /**
     * Pairs the runs by position and compares every metric.
     *
     * @throws IllegalArgumentException if the lists differ in length or a pair's seeds differ
     */
    public static Comparison of(String baseline, List<RunSummary> baselineRuns, String candidate,
            List<RunSummary> candidateRuns) {
        if (baselineRuns.size() != candidateRuns.size()) {
            throw new IllegalArgumentException(baseline + " has " + baselineRuns.size() + " runs but " + candidate
                    + " has " + candidateRuns.size());
        }
        for (int i = 0; i < baselineRuns.size(); i++) {
            if (baselineRuns.get(i).seed() != candidateRuns.get(i).seed()) {
                throw new IllegalArgumentException("pair " + i + ": " + baseline + " ran seed " + baselineRuns.get(i).seed()
                        + " but " + candidate + " ran seed " + candidateRuns.get(i).seed());
            }
        }
        Set<String> names = new LinkedHashSet<>();
        baselineRuns.forEach(r -> names.addAll(r.metrics().keySet()));
        candidateRuns.forEach(r -> names.addAll(r.metrics().keySet()));
        List<Metric> metrics = new ArrayList<>();
        for (String name : names) {
            double[] a = values(baselineRuns, name);
            double[] b = values(candidateRuns, name);
            if (definedPairs(a, b) >= 2) {
                metrics.add(new Metric(name, PairedComparison.of(a, b)));
            }
        }
        return new Comparison(baseline, candidate, metrics);
    }

    private static double[] values(List<RunSummary> runs, String metric) {
        double[] values = new double[runs.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = runs.get(i).metric(metric).orElse(Double.NaN);
        }
        return values;
    }

    private static int definedPairs(double[] a, double[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                n++;
            }
        }
        return n;
    }

    /**
     * One metric's paired statistics.
     *
     * @param name the flattened metric name
     * @param stats the statistics
     */
    public record Metric(String name, PairedComparison stats) {

        /**
         * The mean difference as a percentage of the baseline mean, with its interval scaled alike;
         * NaN when the baseline mean is 0. Puts metrics of different units on one axis.
         *
         * @return {difference, ciLow, ciHigh} in percent
         */
        public double[] relativePercent() {
            double base = Math.abs(stats.meanA());
            if (base == 0) {
                return new double[] {Double.NaN, Double.NaN, Double.NaN};
            }
            return new double[] {100 * stats.meanDifference() / base, 100 * stats.ciLow() / base, 100 * stats.ciHigh() / base};
        }
    }
}
