package atlas.analysis.report;

import atlas.analysis.chart.ComparisonCharts;
import atlas.analysis.chart.NamedChart;
import atlas.analysis.compare.Comparison;
import atlas.analysis.compare.PercentChange;
import atlas.analysis.results.RunDirectory;
import atlas.analysis.stats.PairedComparison;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The HTML report of policies compared on common random numbers: the per-metric statistics table
 * (both means over the complete pairs, the difference with its 95 % interval, the percent change
 * with its 95 % interval, paired t and Wilcoxon p-values unadjusted and Holm-adjusted, Cohen's
 * d_z), the metrics left out and why, the differences chart, and retention curves and
 * download-time distributions overlaid, each policy's peers pooled over its replicates.
 */
public final class ComparisonReport {

    private static final List<String> HEADER = List.of("candidate", "metric", "n", "baseline mean", "candidate mean",
            "difference", "95 % CI low", "95 % CI high", "% change", "% change CI low", "% change CI high",
            "t test p (unadjusted)", "t test p (Holm)", "Wilcoxon p (unadjusted)", "Wilcoxon p (Holm)", "Cohen's d_z");

    /** Significant digits shown for means, differences and intervals; the CSV has them all. */
    static final int MEANS = 6;
    /** Significant digits shown for p-values and effect sizes. */
    static final int TESTS = 4;

    private ComparisonReport() {
    }

    /**
     * Writes the report.
     *
     * @param comparisons each candidate against the baseline, as {@link Comparison#of} made them
     * @param runsByPolicy each policy's run directories, baseline first, in seed order
     */
    public static void write(List<Comparison> comparisons, Map<String, List<RunDirectory>> runsByPolicy, Path htmlFile) {
        page(comparisons, runsByPolicy).write(htmlFile);
    }

    /** The report page; see {@link #write}. */
    public static HtmlPage page(List<Comparison> comparisons, Map<String, List<RunDirectory>> runsByPolicy) {
        String policies = String.join(", ", runsByPolicy.keySet());
        HtmlPage page = new HtmlPage("Comparison of " + policies);
        Map<String, String> provenance = new LinkedHashMap<>();
        runsByPolicy.forEach((policy, runs) -> provenance.put(policy, runs.size() + " runs of scenario "
                + runs.stream().map(r -> r.summary().scenario()).distinct().collect(Collectors.joining(", "))
                + ", seeds " + runs.stream().map(r -> Long.toString(r.summary().seed())).collect(Collectors.joining(" "))));
        page.definitions(provenance);
        page.paragraph("Differences are candidate minus baseline over runs paired by seed (common random numbers); n "
                + "counts the pairs in which both runs define the metric, and both means are over those pairs only (a "
                + "sweep's points.csv averages every run that defines it). Intervals are 95 % Student-t intervals of the "
                + "mean difference. The percent change is 100 (mean(candidate) - mean(baseline)) / |mean(baseline)| "
                + "with the paired ratio estimator's 95 % interval, which allows for the baseline mean's own "
                + "uncertainty; it is left empty where the baseline mean's own 95 % interval includes 0. Cohen's d_z "
                + "is the mean difference over the standard deviation of the differences. " + pValueNote(comparisons)
                + " Numbers are rounded to "
                + MEANS + " significant digits (p-values and d_z to " + TESTS + "); the comparison CSV has full precision.");

        page.heading("Statistics");
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> omitted = new ArrayList<>();
        for (Comparison c : comparisons) {
            for (Comparison.Metric m : c.metrics()) {
                PairedComparison s = m.stats();
                PercentChange percent = m.percentChange();
                rows.add(List.of(c.candidate(), m.name(), Integer.toString(s.n()), Numbers.rounded(s.meanA(), MEANS),
                        Numbers.rounded(s.meanB(), MEANS), Numbers.rounded(s.meanDifference(), MEANS),
                        Numbers.rounded(s.ciLow(), MEANS), Numbers.rounded(s.ciHigh(), MEANS),
                        Numbers.rounded(percent.percent(), MEANS), Numbers.rounded(percent.ciLow(), MEANS),
                        Numbers.rounded(percent.ciHigh(), MEANS), Numbers.rounded(s.tTestP(), TESTS),
                        Numbers.rounded(m.tTestPHolm(), TESTS), Numbers.rounded(s.wilcoxonP(), TESTS),
                        Numbers.rounded(m.wilcoxonPHolm(), TESTS), Numbers.rounded(s.cohenDz(), TESTS)));
            }
            for (Comparison.Omitted o : c.omitted()) {
                omitted.add(List.of(c.candidate(), o.name(), o.reason()));
            }
        }
        page.table(HEADER, rows);
        if (!omitted.isEmpty()) {
            page.heading("Metrics not compared");
            page.table(List.of("candidate", "metric", "reason"), omitted);
        }

        page.heading("Charts");
        for (NamedChart chart : ComparisonCharts.all(comparisons, runsByPolicy)) {
            page.chart(chart.chart(), ComparisonCharts.layoutOf(chart), chart.caption());
        }
        return page;
    }

    /**
     * What the p-values mean: two-sided, unadjusted ones for each test alone, Holm-adjusted ones
     * over the whole family of {@code comparisons} (the sentence the table and the report share).
     */
    static String pValueNote(List<Comparison> comparisons) {
        int tests = Comparison.familySize(comparisons);
        return "p-values are two-sided. Unadjusted ones judge each of the " + tests + " tests alone; Holm-adjusted ones "
                + "(Holm 1979), over all " + tests + " (every metric of every candidate), keep the chance of any false "
                + "finding among them at most the level: judge significance by those.";
    }
}
