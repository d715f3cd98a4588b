package atlas.analysis.compare;

import atlas.analysis.results.AtomicFile;
import atlas.analysis.stats.PairedComparison;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes comparisons as one tidy CSV, one row per candidate and compared metric:
 * {@code baseline,candidate,metric,n,mean_baseline,mean_candidate,difference,ci_low,ci_high,
 * percent_change,percent_ci_low,percent_ci_high,t_test_p_unadjusted,t_test_p_holm,
 * wilcoxon_p_unadjusted,wilcoxon_p_holm,cohen_dz}.
 *
 * <ul>
 *   <li>{@code n} counts the complete pairs: the seeds on which both runs define the metric. Both
 *       means, the difference and everything after are over those pairs only, so a mean here can
 *       differ from the same policy's mean in {@code points.csv}, which is over every run that
 *       defines the metric.
 *   <li>{@code difference}, {@code ci_low} and {@code ci_high}: candidate minus baseline and its
 *       95 % paired t interval ({@link PairedComparison}).
 *   <li>{@code percent_change} and its interval: the ratio of the means as a percent change,
 *       empty where the baseline mean is not clearly nonzero ({@link PercentChange}).
 *   <li>{@code *_unadjusted}: two-sided p-values of each test alone; {@code *_holm}: Holm-adjusted
 *       over every metric of every candidate in the file ({@link Comparison#family}).
 * </ul>
 *
 * <p>Metrics defined in fewer than two pairs have no row ({@link Comparison#omitted()}). Numbers
 * are written in Java's shortest round-trip form, so reading them back gives the same doubles;
 * NaN is written as an empty cell.
 */
public final class ComparisonCsv {

    /** The header line's columns. */
    public static final List<String> HEADER = List.of("baseline", "candidate", "metric", "n", "mean_baseline",
            "mean_candidate", "difference", "ci_low", "ci_high", "percent_change", "percent_ci_low", "percent_ci_high",
            "t_test_p_unadjusted", "t_test_p_holm", "wilcoxon_p_unadjusted", "wilcoxon_p_holm", "cohen_dz");

    private ComparisonCsv() {
    }

    /** The CSV text. */
    public static String format(List<Comparison> comparisons) {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (Comparison c : comparisons) {
            for (Comparison.Metric m : c.metrics()) {
                PairedComparison s = m.stats();
                PercentChange percent = m.percentChange();
                out.append(quote(c.baseline())).append(',').append(quote(c.candidate())).append(',')
                        .append(quote(m.name())).append(',').append(s.n());
                for (double v : new double[] {s.meanA(), s.meanB(), s.meanDifference(), s.ciLow(), s.ciHigh(),
                        percent.percent(), percent.ciLow(), percent.ciHigh(), s.tTestP(), m.tTestPHolm(), s.wilcoxonP(),
                        m.wilcoxonPHolm(), s.cohenDz()}) {
                    out.append(',').append(Double.isNaN(v) ? "" : Double.toString(v));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Writes the CSV atomically. */
    public static void write(List<Comparison> comparisons, Path file) {
        AtomicFile.writeString(file, format(comparisons));
    }

    private static String quote(String text) {
        boolean needs = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0;
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
