package atlas.analysis.report;

import atlas.analysis.chart.ComparisonCharts;
import atlas.analysis.chart.NamedChart;
import atlas.analysis.compare.Comparison;
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
 * (both means, the difference with its 95 % interval, paired t and Wilcoxon p-values, Cohen's
 * d_z), the differences chart, and retention curves and download-time distributions overlaid, each
 * policy's peers pooled over its replicates.
 */
public final class ComparisonReport {

    private static final List<String> HEADER = List.of("candidate", "metric", "n", "baseline mean", "candidate mean",
            "difference", "95 % CI low", "95 % CI high", "t test p", "Wilcoxon p", "Cohen's d_z");

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
        page.paragraph("Differences are candidate minus baseline over runs paired by seed (common random numbers). "
                + "Intervals are 95 % Student-t intervals of the mean difference; p-values are two-sided; Cohen's d_z is "
                + "the mean difference over the standard deviation of the differences. Numbers are rounded to "
                + MEANS + " significant digits (p-values and d_z to " + TESTS + "); the comparison CSV has full precision.");

        page.heading("Statistics");
        List<List<String>> rows = new ArrayList<>();
        for (Comparison c : comparisons) {
            for (Comparison.Metric m : c.metrics()) {
                PairedComparison s = m.stats();
                rows.add(List.of(c.candidate(), m.name(), Integer.toString(s.n()), Numbers.rounded(s.meanA(), MEANS),
                        Numbers.rounded(s.meanB(), MEANS), Numbers.rounded(s.meanDifference(), MEANS),
                        Numbers.rounded(s.ciLow(), MEANS), Numbers.rounded(s.ciHigh(), MEANS),
                        Numbers.rounded(s.tTestP(), TESTS), Numbers.rounded(s.wilcoxonP(), TESTS),
                        Numbers.rounded(s.cohenDz(), TESTS)));
            }
        }
        page.table(HEADER, rows);

        page.heading("Charts");
        for (NamedChart chart : ComparisonCharts.all(comparisons, runsByPolicy)) {
            page.chart(chart.chart(), ComparisonCharts.layoutOf(chart), chart.caption());
        }
        return page;
    }
}
