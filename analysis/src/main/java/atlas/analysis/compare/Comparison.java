package atlas.analysis.compare;

import atlas.analysis.results.RunSummary;
import atlas.analysis.stats.Holm;
import atlas.analysis.stats.PairedComparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A candidate policy against a baseline, metric by metric, over runs paired by seed: the i-th
 * baseline run and the i-th candidate run must share a seed, which is what makes the comparison
 * one of common random numbers. Metrics are those of the baseline's runs and then any only the
 * candidate has, in first-seen order; a metric defined in both runs of fewer than two pairs is
 * listed as omitted, since no interval can be formed from it.
 *
 * <p>Every candidate of one {@code atlas compare} is tested on every metric, about 15 tests per
 * candidate, so some raw p-values fall below 0.05 by chance alone. Besides the unadjusted
 * p-values each metric therefore carries Holm-adjusted ones ({@link Holm}), the family being every
 * metric of every candidate compared in one call of {@link #family}: the paired t tests form one
 * family and the Wilcoxon tests another, as they are alternative tests of the same hypotheses.
 *
 * @param baseline the baseline policy's name
 * @param candidate the candidate policy's name
 * @param metrics the per-metric statistics, difference = candidate - baseline
 * @param omitted the metrics with fewer than two defined pairs, in the same order
 */
public record Comparison(String baseline, String candidate, List<Metric> metrics, List<Omitted> omitted) {

    /** Pairs needed for a difference's interval and tests. */
    public static final int MIN_PAIRS = 2;

    public Comparison {
        metrics = List.copyOf(metrics);
        omitted = List.copyOf(omitted);
    }

    /**
     * One candidate against the baseline, a family of its own for the Holm adjustment.
     *
     * @throws IllegalArgumentException if the lists differ in length or a pair's seeds differ
     */
    public static Comparison of(String baseline, List<RunSummary> baselineRuns, String candidate,
            List<RunSummary> candidateRuns) {
        return family(baseline, baselineRuns, Map.of(candidate, candidateRuns)).get(0);
    }

    /**
     * Every candidate against the baseline, pairing runs by position, with p-values Holm-adjusted
     * over all metrics of all candidates.
     *
     * @param candidateRuns each candidate's runs by name, in the order to report them
     * @throws IllegalArgumentException if a candidate's runs differ in number from the baseline's
     *     or a pair's seeds differ
     */
    public static List<Comparison> family(String baseline, List<RunSummary> baselineRuns,
            Map<String, List<RunSummary>> candidateRuns) {
        Map<String, List<Unadjusted>> tested = new LinkedHashMap<>();
        Map<String, List<Omitted>> omitted = new LinkedHashMap<>();
        List<Double> tP = new ArrayList<>();
        List<Double> wilcoxonP = new ArrayList<>();
        candidateRuns.forEach((candidate, runs) -> {
            checkPaired(baseline, baselineRuns, candidate, runs);
            List<Unadjusted> metrics = new ArrayList<>();
            List<Omitted> left = new ArrayList<>();
            for (String name : metricNames(baselineRuns, runs)) {
                double[] a = values(baselineRuns, name);
                double[] b = values(runs, name);
                int pairs = definedPairs(a, b);
                if (pairs >= MIN_PAIRS) {
                    PairedComparison stats = PairedComparison.of(a, b);
                    metrics.add(new Unadjusted(name, stats, PercentChange.of(a, b)));
                    tP.add(stats.tTestP());
                    wilcoxonP.add(stats.wilcoxonP());
                } else {
                    left.add(new Omitted(name, pairs, a.length));
                }
            }
            tested.put(candidate, metrics);
            omitted.put(candidate, left);
        });
        double[] tHolm = Holm.adjust(tP.stream().mapToDouble(Double::doubleValue).toArray());
        double[] wilcoxonHolm = Holm.adjust(wilcoxonP.stream().mapToDouble(Double::doubleValue).toArray());
        List<Comparison> comparisons = new ArrayList<>();
        int at = 0;
        for (Map.Entry<String, List<Unadjusted>> entry : tested.entrySet()) {
            List<Metric> metrics = new ArrayList<>();
            for (Unadjusted m : entry.getValue()) {
                metrics.add(new Metric(m.name(), m.stats(), m.percentChange(), tHolm[at], wilcoxonHolm[at]));
                at++;
            }
            comparisons.add(new Comparison(baseline, entry.getKey(), metrics, omitted.get(entry.getKey())));
        }
        return comparisons;
    }

    /** The number of tests in the Holm family of {@code comparisons}: every compared metric of every candidate. */
    public static int familySize(List<Comparison> comparisons) {
        return comparisons.stream().mapToInt(c -> c.metrics().size()).sum();
    }

    private static void checkPaired(String baseline, List<RunSummary> baselineRuns, String candidate,
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
    }

    /**
     * The metrics either side defines, then those every run left null (seeder retention after 24 h
     * in a short run), which are reported as omitted rather than vanish without a word.
     */
    private static Set<String> metricNames(List<RunSummary> baselineRuns, List<RunSummary> candidateRuns) {
        Set<String> names = new LinkedHashSet<>();
        baselineRuns.forEach(r -> names.addAll(r.metrics().keySet()));
        candidateRuns.forEach(r -> names.addAll(r.metrics().keySet()));
        baselineRuns.forEach(r -> names.addAll(r.undefined()));
        candidateRuns.forEach(r -> names.addAll(r.undefined()));
        return names;
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

    /** A metric's statistics before the family's p-values are known. */
    private record Unadjusted(String name, PairedComparison stats, PercentChange percentChange) {
    }

    /**
     * One metric's paired statistics.
     *
     * @param name the flattened metric name
     * @param stats the statistics over the complete pairs, with unadjusted p-values
     * @param percentChange the candidate's mean as a percent change from the baseline's, with its interval
     * @param tTestPHolm the paired t test's p-value, Holm-adjusted over the family
     * @param wilcoxonPHolm the Wilcoxon test's p-value, Holm-adjusted over the family
     */
    public record Metric(String name, PairedComparison stats, PercentChange percentChange, double tTestPHolm,
            double wilcoxonPHolm) {
    }

    /**
     * A metric left out of the comparison.
     *
     * @param name the flattened metric name
     * @param definedPairs the pairs in which both runs define it, fewer than {@link #MIN_PAIRS}
     * @param pairs all pairs
     */
    public record Omitted(String name, int definedPairs, int pairs) {

        /** Why it was left out, for tables and reports. */
        public String reason() {
            return "defined in both runs of " + definedPairs + " of " + pairs + " pairs; an interval needs at least "
                    + MIN_PAIRS;
        }
    }
}
