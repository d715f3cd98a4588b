package atlas.analysis.compare;

import atlas.analysis.results.AtomicFile;
import atlas.analysis.stats.PairedComparison;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes comparisons as one tidy CSV, one row per candidate and metric:
 * {@code baseline,candidate,metric,n,mean_baseline,mean_candidate,difference,ci_low,ci_high,
 * t_test_p,wilcoxon_p,cohen_dz}. Numbers are written in Java's shortest round-trip form, so
 * reading them back gives the same doubles; NaN is written as an empty cell.
 */
public final class ComparisonCsv {

    /** The header line's columns. */
    public static final List<String> HEADER = List.of("baseline", "candidate", "metric", "n", "mean_baseline",
            "mean_candidate", "difference", "ci_low", "ci_high", "t_test_p", "wilcoxon_p", "cohen_dz");

    private ComparisonCsv() {
    }

    /** The CSV text. */
    public static String format(List<Comparison> comparisons) {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (Comparison c : comparisons) {
            for (Comparison.Metric m : c.metrics()) {
                PairedComparison s = m.stats();
                out.append(quote(c.baseline())).append(',').append(quote(c.candidate())).append(',')
                        .append(quote(m.name())).append(',').append(s.n());
                for (double v : new double[] {s.meanA(), s.meanB(), s.meanDifference(), s.ciLow(), s.ciHigh(),
                        s.tTestP(), s.wilcoxonP(), s.cohenDz()}) {
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
